using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Completion;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Engine.Users;
using SuperOfficeProvisioning.Infrastructure;

namespace SuperOfficeProvisioning.Cmdlets;

/// <summary>Creates SuperOffice users through the SCIM gateway.</summary>
[Cmdlet(VerbsCommon.New, "SoUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(SoUser))]
public sealed class NewSoUser : UserInputCmdlet
{
    /// <summary>Existing SCIM groups (by display name) to add each new user to.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ScimGroupNameCompleter))]
    public string[]? Group { get; set; }

    private string[]? _groupsCheckedFrom;
    private IReadOnlyList<string> _groups = Array.Empty<string>();

    protected override string Activity => "Creating SuperOffice users";

    protected override bool RequiresUserName => true;

    /// <summary>
    /// A -Group given on the command line holds for every user: a missing group is a wrong invocation, reported
    /// once before anything is written rather than once per user.
    /// </summary>
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        if (Group is null)
        {
            return;
        }

        var groups = GroupsOf(null);
        var missing = Run(token => Provisioner!.FindMissingGroupsAsync(groups, token), Group);
        if (missing.Count > 0)
        {
            ThrowTerminatingError(ErrorRecords.Create(
                "GroupNotFound",
                SoErrorKind.NotFound,
                $"There is no SCIM group named '{string.Join("', '", missing)}'; no user was created. Create the group first (Sync-SoGroup creates a missing group).",
                Group));
        }
    }

    /// <summary>Checked once per -Group value: one given on the command line stays the same array for every user.</summary>
    protected override IReadOnlyList<string> GroupsOf(UserDraft? draft)
    {
        if (!ReferenceEquals(Group, _groupsCheckedFrom))
        {
            _groupsCheckedFrom = Group;
            _groups = Group?.Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => GroupNameArguments.Check(this, g)).ToArray() ?? Array.Empty<string>();
        }

        return _groups;
    }

    protected override Task<UserPlan> PlanBatchAsync(UserProvisioner provisioner, IReadOnlyList<PendingUser> batch, CancellationToken cancellationToken) =>
        provisioner.PlanCreateAsync(batch.Select(p => (p.Draft, p.Groups)).ToList(), cancellationToken);
}

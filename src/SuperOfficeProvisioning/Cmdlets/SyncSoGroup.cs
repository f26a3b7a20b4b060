using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Completion;
using SuperOfficeProvisioning.Engine.Sync;
using SuperOfficeProvisioning.Engine.Users;
using SuperOfficeProvisioning.Infrastructure;

namespace SuperOfficeProvisioning.Cmdlets;

/// <summary>Keeps a SuperOffice SCIM group, its users, roles and licences in line with an Entra group.</summary>
[Cmdlet(VerbsData.Sync, "SoGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(SyncResult))]
public sealed class SyncSoGroup : UserInputCmdlet
{
    private readonly List<UserDraft> _members = new List<UserDraft>();
    private readonly List<UserDraft> _unreadable = new List<UserDraft>();
    private int _unidentified;
    private readonly TaskCompletionSource<SyncSnapshot> _reading = new TaskCompletionSource<SyncSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
    private GroupSync? _sync;

    /// <summary>The SCIM group's display name; created when missing.</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ScimGroupNameCompleter))]
    public string GroupName { get; set; } = null!;

    /// <summary>The Entra group's object id, kept as the SCIM group's externalId and matched first.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? GroupId { get; set; }

    /// <summary>What happens to users who are in the SCIM group but not in the input.</summary>
    // A string rather than the engine's enum: cmdlet types must load before the engine can be resolved.
    [Parameter]
    [ValidateSet(nameof(Engine.Sync.RemovedMemberAction.RemoveFromGroup), nameof(Engine.Sync.RemovedMemberAction.Disable), nameof(Engine.Sync.RemovedMemberAction.Delete))]
    public string RemovedMemberAction { get; set; } = nameof(Engine.Sync.RemovedMemberAction.RemoveFromGroup);

    /// <summary>The most members one run may take out of the group without -Force.</summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int MaxRemovals { get; set; } = 500;

    /// <summary>Allows removals above -MaxRemovals, and an empty input against a non-empty group.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override string Activity => $"Syncing SCIM group '{GroupName}'";

    protected override bool RequiresUserName => true;

    protected override bool CreatesProvisioner => false;

    /// <summary>Starts reading the group and the users while the members are still arriving.</summary>
    protected override void BeginProcessing()
    {
        GroupName = GroupNameArguments.Check(this, GroupName);
        base.BeginProcessing();
        // One confirmation for the whole plan; each change applied is a verbose line, each failed one an error.
        _sync = new GroupSync(RequireScim(), new CmdletHost<SyncChange>(this, VerboseWanted ? change => WriteVerbose($"{change.Action} {change.Target}: done.") : null, change => change, progressId: 2));
        StartWork(async token =>
        {
            try
            {
                _reading.TrySetResult(await _sync.ReadAsync(GroupName, GroupId, token).ConfigureAwait(false));
            }
            catch (Exception ex)
            {
                // Reported when the sync itself awaits the reading.
                _reading.TrySetException(ex);
            }
        });
    }

    protected override string? SkipReason(PSObject? input)
    {
        if (input?.Properties["AdditionalProperties"]?.Value is not { } value)
        {
            return null;
        }

        var properties = (value is PSObject wrapped ? wrapped.BaseObject : value) as IDictionary;
        var type = properties?["@odata.type"] as string;
        if (type is null || string.Equals(type, "#microsoft.graph.user", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var name = properties!["displayName"] ?? input.Properties["Id"]?.Value;
        return $"Skipped member '{name}' (id {input.Properties["Id"]?.Value}): it is a {type.Replace("#microsoft.graph.", string.Empty)}, not a user.";
    }

    protected override void Accept(UserDraft draft)
    {
        // Being in the group means having access: a member with no AccountEnabled value is active.
        draft.Enabled ??= true;
        draft.MarkGiven(UserField.Enabled);

        // Errors of a sync point at its change rows; holding every input object as well would double the memory.
        draft.Source = null;
        _members.Add(draft);
    }

    /// <summary>
    /// A member whose row is invalid is kept as it is, never removed for it: its user name or id is read on its
    /// own to know which user that is. A row without even those withholds every removal of the run.
    /// </summary>
    protected override void Rejected(IReadOnlyDictionary<string, object?> values)
    {
        var identity = new Dictionary<string, object?>();
        foreach (var field in new[] { UserField.UserName, UserField.ExternalId })
        {
            if (values.TryGetValue(field.Name, out var value))
            {
                identity[field.Name] = value;
            }
        }

        try
        {
            _unreadable.Add(UserInputReader.Read(identity, Received, null, requireUserName: false));
        }
        catch (Engine.Errors.SoException)
        {
            _unidentified++;
        }
    }

    protected override void EndProcessing()
    {
        var request = new GroupSyncRequest(GroupName, _members)
        {
            UnidentifiedRows = _unidentified,
            GroupId = GroupId,
            RemovedMemberAction = (RemovedMemberAction)Enum.Parse(typeof(RemovedMemberAction), RemovedMemberAction, ignoreCase: true),
            MaxRemovals = MaxRemovals,
            Force = Force,
            ThrottleLimit = ThrottleLimit,
            LogPath = ResolvedLogPath,
        };
        request.Unreadable.AddRange(_unreadable);
        var result = Run(token => _sync!.RunAsync(request, _reading.Task, token), GroupName);
        WriteProgress(new ProgressRecord(2, Activity, "Done") { RecordType = ProgressRecordType.Completed });
        if (result.RemovalsWithheld > 0)
        {
            WriteWarning($"RemovalsWithheld: {result.RemovalsWithheld} member(s) of SCIM group '{GroupName}' were not removed: {_unidentified} input row(s) failed validation without a readable user name or id, and any member could be one of them. Fix those rows and run the sync again.");
        }

        WriteObject(OutputTypes.Tag(result, OutputTypes.SyncResult));
    }
}

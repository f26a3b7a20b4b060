using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Engine.Users;
using SuperOfficeProvisioning.Infrastructure;

namespace SuperOfficeProvisioning.Cmdlets;

/// <summary>De-provisions SuperOffice users (active = false), or deletes them with -Delete.</summary>
[Cmdlet(VerbsCommon.Remove, "SoUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(SoUser))]
public sealed class RemoveSoUser : UserInputCmdlet
{
    /// <summary>Deletes the user instead of de-provisioning it.</summary>
    [Parameter]
    public SwitchParameter Delete { get; set; }

    /// <summary>Writes each removed user (as it was) to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override string Activity => Delete ? "Deleting SuperOffice users" : "De-provisioning SuperOffice users";

    protected override Task<UserPlan> PlanBatchAsync(UserProvisioner provisioner, IReadOnlyList<PendingUser> batch, CancellationToken cancellationToken) =>
        provisioner.PlanRemoveAsync(batch.Select(p => p.Draft).ToList(), Delete, cancellationToken);

    protected override void OnSucceeded(UserDraft draft, SoUser user)
    {
        if (PassThru)
        {
            base.OnSucceeded(draft, user);
        }
    }
}

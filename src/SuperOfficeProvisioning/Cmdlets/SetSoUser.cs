using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Engine.Users;
using SuperOfficeProvisioning.Infrastructure;

namespace SuperOfficeProvisioning.Cmdlets;

/// <summary>Changes SuperOffice users; sends only the attributes that differ.</summary>
[Cmdlet(VerbsCommon.Set, "SoUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(SoUser))]
public sealed class SetSoUser : UserInputCmdlet
{
    protected override string Activity => "Updating SuperOffice users";

    protected override Task<UserPlan> PlanBatchAsync(UserProvisioner provisioner, IReadOnlyList<PendingUser> batch, CancellationToken cancellationToken) =>
        provisioner.PlanUpdateAsync(batch.Select(p => p.Draft).ToList(), cancellationToken);
}

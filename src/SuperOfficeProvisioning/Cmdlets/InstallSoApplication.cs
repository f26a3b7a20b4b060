using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Applications;
using SuperOfficeProvisioning.Engine.Apps;

namespace SuperOfficeProvisioning.Cmdlets;

/// <summary>Creates or updates everything an application manifest describes: lists, list items, web panels, buttons.</summary>
[Cmdlet(VerbsLifecycle.Install, "SoApplication", DefaultParameterSetName = "Path", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(ApplicationObjectResult))]
public sealed class InstallSoApplication : ApplicationCmdlet
{
    private protected override Task ExecuteAsync(ApplicationProvisioner provisioner, ApplicationDefinition application, CancellationToken cancellationToken) =>
        provisioner.InstallAsync(application, cancellationToken);

    private protected override WriteDecision Confirm(string target, string action) => ShouldWrite(target, action);
}

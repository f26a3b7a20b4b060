using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Applications;
using SuperOfficeProvisioning.Engine.Apps;

namespace SuperOfficeProvisioning.Cmdlets;

/// <summary>Removes the objects of an application manifest that its install record in the tenant says the app created, and nothing else.</summary>
[Cmdlet(VerbsLifecycle.Uninstall, "SoApplication", DefaultParameterSetName = "Path", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(ApplicationObjectResult))]
public sealed class UninstallSoApplication : ApplicationCmdlet
{
    private protected override Task ExecuteAsync(ApplicationProvisioner provisioner, ApplicationDefinition application, CancellationToken cancellationToken) =>
        provisioner.UninstallAsync(application, cancellationToken);

    private protected override WriteDecision Confirm(string target, string action) => ShouldWrite(target, action);
}

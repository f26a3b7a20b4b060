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
    /// <summary>The audit log: each change appended as JSON lines, as intended before it is sent and as done or failed after.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? LogPath { get; set; }

    private protected override string? AuditLogPath => LogPath;

    private protected override Task ExecuteAsync(ApplicationProvisioner provisioner, ApplicationDefinition application, CancellationToken cancellationToken) =>
        provisioner.UninstallAsync(application, cancellationToken);

    private protected override WriteDecision Confirm(string target, string action) => ShouldWrite(target, action);
}

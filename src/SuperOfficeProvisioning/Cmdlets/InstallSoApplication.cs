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
    /// <summary>The audit log: each change appended as JSON lines, as intended before it is sent and as done or failed after.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? LogPath { get; set; }

    private protected override string? AuditLogPath => LogPath;

    private protected override Task ExecuteAsync(ApplicationProvisioner provisioner, ApplicationDefinition application, CancellationToken cancellationToken) =>
        provisioner.InstallAsync(application, cancellationToken);

    private protected override WriteDecision Confirm(string target, string action) => ShouldWrite(target, action);
}

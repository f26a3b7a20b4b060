using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Applications;
using SuperOfficeProvisioning.Engine.Apps;
using SuperOfficeProvisioning.Engine.Apps.Provisioning;

namespace SuperOfficeProvisioning.Cmdlets;

/// <summary>
/// Removes what an application's install record in the tenant says the app created, and nothing else: by its manifest,
/// or by its name alone (-Name), with no manifest at hand. The record goes last, once nothing it names is left.
/// </summary>
[Cmdlet(VerbsLifecycle.Uninstall, "SoApplication", DefaultParameterSetName = "Path", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(ApplicationObjectResult), typeof(TenantResult))]
public sealed class UninstallSoApplication : ApplicationCmdlet
{
    /// <summary>The audit log: each change appended as JSON lines, as intended before it is sent and as done or failed after.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? LogPath { get; set; }

    /// <summary>The application's name (the manifest's "name"): its install record names everything to remove.</summary>
    [Parameter(Mandatory = true, ParameterSetName = "Name")]
    [ValidateNotNullOrEmpty]
    public string[] Name { get; set; } = null!;

    private protected override string? AuditLogPath => LogPath;

    private protected override string[]? ApplicationNames => ParameterSetName == "Name" ? Name : null;

    private protected override Task ExecuteByNameAsync(ApplicationProvisioner provisioner, string name, CancellationToken cancellationToken) =>
        provisioner.UninstallAsync(name, cancellationToken);

    private protected override Task ExecuteAsync(ApplicationProvisioner provisioner, ApplicationDefinition application, CancellationToken cancellationToken) =>
        provisioner.UninstallAsync(application, cancellationToken);

    private protected override bool Writes => true;
}

using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Applications;
using SuperOfficeProvisioning.Engine.Apps;
using SuperOfficeProvisioning.Engine.Apps.Provisioning;

namespace SuperOfficeProvisioning.Cmdlets;

/// <summary>
/// Creates or updates everything an application manifest describes (lists, list items, web panels, buttons), and prunes
/// what its install record has from an earlier version and the manifest no longer declares.
/// </summary>
[Cmdlet(VerbsLifecycle.Install, "SoApplication", DefaultParameterSetName = "Path", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(ApplicationObjectResult), typeof(TenantResult))]
public sealed class InstallSoApplication : ApplicationCmdlet
{
    /// <summary>The audit log: each change appended as JSON lines, as intended before it is sent and as done or failed after.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? LogPath { get; set; }

    /// <summary>The most objects the install prunes (those its install record has and the manifest no longer declares) without -Force.</summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int MaxRemovals { get; set; } = 10;

    /// <summary>Prunes however many objects the manifest no longer declares.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    private protected override string? AuditLogPath => LogPath;

    private protected override void Configure(ApplicationProvisioner provisioner)
    {
        provisioner.MaxRemovals = MaxRemovals;
        provisioner.Force = Force;
    }

    private protected override Task ExecuteAsync(ApplicationProvisioner provisioner, ApplicationDefinition application, CancellationToken cancellationToken) =>
        provisioner.InstallAsync(application, cancellationToken);

    private protected override bool Writes => true;
}

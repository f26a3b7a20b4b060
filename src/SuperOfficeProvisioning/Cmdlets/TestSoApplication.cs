using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Applications;
using SuperOfficeProvisioning.Engine.Apps;
using SuperOfficeProvisioning.Engine.Apps.Provisioning;

namespace SuperOfficeProvisioning.Cmdlets;

/// <summary>Compares a tenant with an application manifest: each object InSync, Missing or Drifted.</summary>
[Cmdlet(VerbsDiagnostic.Test, "SoApplication", DefaultParameterSetName = "Path")]
[OutputType(typeof(ApplicationObjectResult), typeof(bool))]
public sealed class TestSoApplication : ApplicationCmdlet
{
    private bool _allInSync = true;

    /// <summary>Returns only $true (everything in sync) or $false.</summary>
    [Parameter]
    public SwitchParameter Quiet { get; set; }

    private protected override Task ExecuteAsync(ApplicationProvisioner provisioner, ApplicationDefinition application, CancellationToken cancellationToken) =>
        provisioner.TestAsync(application, cancellationToken);

    private protected override void OnRow(PSObject row)
    {
        if (!string.Equals(((ApplicationObjectResult)row.BaseObject).Status, ApplicationObjectStatus.InSync, System.StringComparison.Ordinal))
        {
            _allInSync = false;
        }

        if (!Quiet)
        {
            base.OnRow(row);
        }
    }

    private protected override void Completed()
    {
        if (Quiet)
        {
            WriteObject(_allInSync);
            _allInSync = true;
        }
    }
}

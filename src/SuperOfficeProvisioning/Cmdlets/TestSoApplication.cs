using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Applications;
using SuperOfficeProvisioning.Engine.Apps;
using SuperOfficeProvisioning.Engine.Apps.Provisioning;
using SuperOfficeProvisioning.Infrastructure;

namespace SuperOfficeProvisioning.Cmdlets;

/// <summary>Compares a tenant with an application manifest: each object InSync, Missing or Drifted.</summary>
[Cmdlet(VerbsDiagnostic.Test, "SoApplication", DefaultParameterSetName = "Path")]
[OutputType(typeof(ApplicationObjectResult), typeof(TenantResult), typeof(bool))]
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

    /// <summary>A tenant of a run over many is in sync when it could be compared and every object is InSync.</summary>
    private protected override void OnTenant(PSObject summary)
    {
        var result = (TenantResult)summary.BaseObject;
        if (result.Status != TenantResultStatus.Succeeded || result.InSync != result.Objects)
        {
            _allInSync = false;
        }

        if (!Quiet)
        {
            base.OnTenant(OutputTypes.Tag(summary, ApplicationOutputTypes.TenantTestResult));
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

using System.Management.Automation;

namespace SuperOfficeProvisioning.SandboxTools.SandboxControl.Cmdlets;

/// <summary>
/// Changes the state the sandbox's tenant status API reports, e.g. to show what a script does with a suspended tenant.
/// </summary>
[Cmdlet(VerbsCommon.Set, "SoSandboxTenantState")]
public sealed class SetSoSandboxTenantStateCommand : PSCmdlet
{
    /// <summary>The tenant of a multi-tenant sandbox (Cust10001, …); the first when omitted.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ContextIdentifier { get; set; }

    /// <summary>A state name of SuperOffice's tenant status API.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateSet("Unknown", "Provisioning", "Running", "Deleted", "Suspended", "OnlineMaintenance", "OfflineMaintenance",
        "ProvisioningFailed", "Deleting", "DeleteFailed", "MigrationPending")]
    public string State { get; set; } = string.Empty;

    protected override void EndProcessing() => SandboxSession.Require(this).Tenant(this, ContextIdentifier).SetTenantState(State);
}

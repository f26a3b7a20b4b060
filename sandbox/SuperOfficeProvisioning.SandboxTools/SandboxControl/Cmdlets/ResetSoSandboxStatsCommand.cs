using System.Management.Automation;

namespace SuperOfficeProvisioning.SandboxTools.SandboxControl.Cmdlets;

/// <summary>Sets the session's sandbox counters back to zero, so a script can measure one step.</summary>
[Cmdlet(VerbsCommon.Reset, "SoSandboxStats")]
public sealed class ResetSoSandboxStatsCommand : PSCmdlet
{
    /// <summary>The tenant of a multi-tenant sandbox (Cust10001, …); the first when omitted.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ContextIdentifier { get; set; }

    protected override void EndProcessing() => SandboxSession.Require(this).Tenant(this, ContextIdentifier).ResetStats();
}

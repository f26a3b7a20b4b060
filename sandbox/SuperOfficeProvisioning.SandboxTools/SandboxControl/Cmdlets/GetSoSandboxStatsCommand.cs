using System.Management.Automation;
using SuperOfficeProvisioning.Sandbox;

namespace SuperOfficeProvisioning.SandboxTools.SandboxControl.Cmdlets;

/// <summary>Returns what the session's sandbox has seen since it started or since Reset-SoSandboxStats.</summary>
[Cmdlet(VerbsCommon.Get, "SoSandboxStats")]
[OutputType(typeof(SandboxStats))]
public sealed class GetSoSandboxStatsCommand : PSCmdlet
{
    /// <summary>The tenant of a multi-tenant sandbox (Cust10001, …); the first when omitted.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ContextIdentifier { get; set; }

    public const string TypeName = "SuperOffice.SandboxStats";

    protected override void EndProcessing()
    {
        var session = SandboxSession.Require(this);
        WriteObject(SandboxOutput.Stamp(session.Tenant(this, ContextIdentifier).GetStats(), TypeName));
    }
}

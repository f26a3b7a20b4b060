using System.Management.Automation;

namespace SuperOfficeProvisioning.SandboxTools.SandboxControl.Cmdlets;

/// <summary>Sets the session's sandbox counters back to zero, so a script can measure one step.</summary>
[Cmdlet(VerbsCommon.Reset, "SoSandboxStats")]
public sealed class ResetSoSandboxStatsCommand : PSCmdlet
{
    protected override void EndProcessing() => SandboxSession.Require(this).Sandbox.ResetStats();
}

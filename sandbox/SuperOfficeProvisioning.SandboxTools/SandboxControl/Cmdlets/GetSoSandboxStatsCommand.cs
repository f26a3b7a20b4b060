using System.Management.Automation;
using SuperOfficeProvisioning.Sandbox;

namespace SuperOfficeProvisioning.SandboxTools.SandboxControl.Cmdlets;

/// <summary>Returns what the session's sandbox has seen since it started or since Reset-SoSandboxStats.</summary>
[Cmdlet(VerbsCommon.Get, "SoSandboxStats")]
[OutputType(typeof(SandboxStats))]
public sealed class GetSoSandboxStatsCommand : PSCmdlet
{
    public const string TypeName = "SuperOffice.SandboxStats";

    protected override void EndProcessing()
    {
        var session = SandboxSession.Require(this);
        WriteObject(SandboxOutput.Stamp(session.Sandbox.GetStats(), TypeName));
    }
}

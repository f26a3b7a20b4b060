using System.Management.Automation;

namespace SuperOfficeProvisioning.SandboxTools.SandboxControl.Cmdlets;

/// <summary>Returns the connection details of the session's running sandbox; nothing when none runs.</summary>
[Cmdlet(VerbsCommon.Get, "SoSandbox")]
[OutputType(typeof(SandboxInfo))]
public sealed class GetSoSandboxCommand : PSCmdlet
{
    protected override void EndProcessing()
    {
        if (SandboxSession.Active is { } session)
        {
            WriteObject(SandboxOutput.Stamp(session.Info, SandboxInfo.TypeName));
        }
    }
}

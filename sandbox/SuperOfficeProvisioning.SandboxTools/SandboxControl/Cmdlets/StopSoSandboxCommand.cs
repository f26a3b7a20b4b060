using System.Management.Automation;

namespace SuperOfficeProvisioning.SandboxTools.SandboxControl.Cmdlets;

/// <summary>Stops the session's sandbox tenant; without one running it does nothing.</summary>
[Cmdlet(VerbsLifecycle.Stop, "SoSandbox")]
public sealed class StopSoSandboxCommand : PSCmdlet
{
    protected override void EndProcessing()
    {
        if (!SandboxSession.End())
        {
            WriteVerbose("No sandbox was running in this session.");
        }
    }
}

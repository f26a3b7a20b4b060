using System.Management.Automation;
using System.Management.Automation.Runspaces;
using SuperOfficeProvisioning.Sandbox;

namespace SuperOfficeProvisioning.SandboxTools.SandboxControl;

/// <summary>
/// The sandbox the current PowerShell session started. A session runs at most one; it stops when the session's
/// runspace closes, so a script or test that forgets Stop-SoSandbox leaves no listener behind.
/// </summary>
internal sealed class SandboxSession
{
    private static readonly RunspaceLocal<SandboxSession> Current = new();

    private SandboxSession(RunningSandbox sandbox, SandboxInfo info, FaultOptions faults)
    {
        Sandbox = sandbox;
        Info = info;
        Faults = faults;
    }

    public RunningSandbox Sandbox { get; }

    public SandboxInfo Info { get; }

    /// <summary>The faults last applied, which Set-SoSandboxFault changes parameter by parameter.</summary>
    public FaultOptions Faults { get; set; }

    public static SandboxSession? Active => Current.Value;

    public static SandboxSession Begin(RunningSandbox sandbox, FaultOptions faults)
    {
        var session = new SandboxSession(sandbox, SandboxInfo.From(sandbox.Details), faults);
        Current.Value = session;
        var runspace = Runspace.DefaultRunspace;
        if (runspace is not null)
        {
            runspace.StateChanged += session.StopWhenRunspaceCloses;
        }

        return session;
    }

    /// <summary>Stops the session's sandbox, if any; true when one was running.</summary>
    public static bool End()
    {
        var session = Current.Value;
        if (session is null)
        {
            return false;
        }

        Current.Value = null;
        if (Runspace.DefaultRunspace is { } runspace)
        {
            runspace.StateChanged -= session.StopWhenRunspaceCloses;
        }

        session.Stop();
        return true;
    }

    /// <summary>The running sandbox, or a terminating error telling the caller to start one.</summary>
    public static SandboxSession Require(PSCmdlet cmdlet)
    {
        if (Active is { } session)
        {
            return session;
        }

        throw cmdlet.Terminate(new ErrorRecord(
            new InvalidOperationException("No sandbox is running in this session. Start one with Start-SoSandbox."),
            "NoSandboxRunning",
            ErrorCategory.InvalidOperation,
            null));
    }

    private void Stop() => Sandbox.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private void StopWhenRunspaceCloses(object? sender, RunspaceStateEventArgs e)
    {
        if (e.RunspaceStateInfo.State is RunspaceState.Closed or RunspaceState.Broken && sender is Runspace runspace)
        {
            runspace.StateChanged -= StopWhenRunspaceCloses;
            Stop();
        }
    }
}

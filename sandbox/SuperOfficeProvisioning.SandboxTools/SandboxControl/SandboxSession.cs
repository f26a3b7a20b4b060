using System.Management.Automation;
using System.Management.Automation.Runspaces;
using SuperOfficeProvisioning.Sandbox;

namespace SuperOfficeProvisioning.SandboxTools.SandboxControl;

/// <summary>
/// The sandbox the current PowerShell session started: one tenant, or a host of several. A session runs at most one;
/// it stops when the session's runspace closes, so a script or test that forgets Stop-SoSandbox leaves no listener behind.
/// </summary>
internal sealed class SandboxSession
{
    private static readonly RunspaceLocal<SandboxSession> Current = new();
    private readonly IAsyncDisposable _host;
    private readonly Dictionary<string, FaultOptions> _faults;

    private SandboxSession(IAsyncDisposable host, IReadOnlyList<RunningSandbox> tenants, FaultOptions faults)
    {
        _host = host;
        Tenants = tenants;
        Info = SandboxInfo.From(tenants.Select(t => t.Details).ToList());
        _faults = tenants.ToDictionary(t => t.Details.ContextIdentifier, _ => FaultOptionsEditor.Copy(faults), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The first (or only) tenant.</summary>
    public RunningSandbox Sandbox => Tenants[0];

    public IReadOnlyList<RunningSandbox> Tenants { get; }

    public SandboxInfo Info { get; }

    public static SandboxSession? Active => Current.Value;

    /// <summary>The faults last applied to the tenant, which Set-SoSandboxFault changes parameter by parameter.</summary>
    public FaultOptions FaultsOf(RunningSandbox tenant) => _faults[tenant.Details.ContextIdentifier];

    public void Applied(RunningSandbox tenant, FaultOptions faults) => _faults[tenant.Details.ContextIdentifier] = faults;

    /// <summary>The tenant a cmdlet's -ContextIdentifier names (the first when none), or a terminating error naming the ones there are.</summary>
    public RunningSandbox Tenant(PSCmdlet cmdlet, string? contextIdentifier)
    {
        if (contextIdentifier is null)
        {
            return Sandbox;
        }

        return Tenants.FirstOrDefault(t => string.Equals(t.Details.ContextIdentifier, contextIdentifier, StringComparison.OrdinalIgnoreCase))
            ?? throw cmdlet.Terminate(new ErrorRecord(
                new ArgumentException($"The sandbox serves no tenant '{contextIdentifier}'; it serves {string.Join(", ", Tenants.Select(t => t.Details.ContextIdentifier))}."),
                "NoSuchSandboxTenant",
                ErrorCategory.ObjectNotFound,
                contextIdentifier));
    }

    public static SandboxSession Begin(RunningSandbox sandbox, FaultOptions faults) => Begin(sandbox, [sandbox], faults);

    public static SandboxSession Begin(RunningSandboxHost host, FaultOptions faults) => Begin(host, host.Tenants, faults);

    private static SandboxSession Begin(IAsyncDisposable host, IReadOnlyList<RunningSandbox> tenants, FaultOptions faults)
    {
        var session = new SandboxSession(host, tenants, faults);
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

    private void Stop() => _host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private void StopWhenRunspaceCloses(object? sender, RunspaceStateEventArgs e)
    {
        if (e.RunspaceStateInfo.State is RunspaceState.Closed or RunspaceState.Broken && sender is Runspace runspace)
        {
            runspace.StateChanged -= StopWhenRunspaceCloses;
            Stop();
        }
    }
}

using System.Management.Automation;
using SuperOfficeProvisioning.Sandbox;

namespace SuperOfficeProvisioning.SandboxTools.SandboxControl.Cmdlets;

/// <summary>
/// Changes the faults the session's sandbox injects while it runs. Only the parameters given change; -Clear starts
/// from no faults at all.
/// </summary>
[Cmdlet(VerbsCommon.Set, "SoSandboxFault")]
public sealed class SetSoSandboxFaultCommand : PSCmdlet
{
    /// <summary>The tenant of a multi-tenant sandbox (Cust10001, …); the first when omitted.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ContextIdentifier { get; set; }

    /// <summary>Latency added to every request, in milliseconds.</summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int LatencyMs { get; set; }

    /// <summary>When given, the latency is drawn uniformly between -LatencyMs and this.</summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int LatencyMaxMs { get; set; }

    /// <summary>Requests per second admitted; above it the sandbox answers 429 with Retry-After. 0 switches the limit off.</summary>
    [Parameter]
    [ValidateRange(0d, double.MaxValue)]
    public double RateLimitPerSecond { get; set; }

    /// <summary>The burst the rate limit allows.</summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int RateLimitBurst { get; set; }

    /// <summary>Share of requests (0 to 1) answered 503 with Retry-After.</summary>
    [Parameter]
    [ValidateRange(0d, 1d)]
    public double ServiceUnavailableRate { get; set; }

    /// <summary>Share of requests (0 to 1) whose connection is dropped before they are handled.</summary>
    [Parameter]
    [ValidateRange(0d, 1d)]
    public double DropConnectionRate { get; set; }

    /// <summary>Share of requests (0 to 1) that are handled but whose reply never arrives.</summary>
    [Parameter]
    [ValidateRange(0d, 1d)]
    public double LostResponseRate { get; set; }

    /// <summary>The Retry-After seconds of injected 503 answers.</summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int RetryAfterSeconds { get; set; }

    /// <summary>
    /// Routes the rate limit and the faults apply to: '*', a path prefix such as '/Cust12345/scim', or 'METHOD /prefix'.
    /// </summary>
    [Parameter]
    public string[]? Route { get; set; }

    /// <summary>A fault forced on the next matching requests, before any random fault is drawn.</summary>
    [Parameter]
    public FaultKind NextFault { get; set; }

    /// <summary>How many of the next matching requests get -NextFault.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int NextFaultCount { get; set; } = 1;

    /// <summary>Reseeds the fault generator, so a run's faults can be replayed.</summary>
    [Parameter]
    public int Seed { get; set; }

    /// <summary>Starts from no faults: no latency, no rate limit, no injected errors.</summary>
    [Parameter]
    public SwitchParameter Clear { get; set; }

    protected override void EndProcessing()
    {
        var session = SandboxSession.Require(this);
        var tenant = session.Tenant(this, ContextIdentifier);
        var start = Clear ? new FaultOptions() : FaultOptionsEditor.Copy(session.FaultsOf(tenant));
        var faults = FaultOptionsEditor.Apply(start, MyInvocation.BoundParameters);
        if (IsBound(nameof(NextFault)))
        {
            faults.Script = [new ScriptedFault { Kind = NextFault, Count = NextFaultCount, Route = Route?.FirstOrDefault() ?? "*" }];
        }

        try
        {
            tenant.SetFaults(faults);
        }
        catch (ArgumentException ex)
        {
            throw this.Terminate(new ErrorRecord(ex, "InvalidFaults", ErrorCategory.InvalidArgument, faults));
        }

        session.Applied(tenant, faults);
    }

    private bool IsBound(string name) => MyInvocation.BoundParameters.ContainsKey(name);
}

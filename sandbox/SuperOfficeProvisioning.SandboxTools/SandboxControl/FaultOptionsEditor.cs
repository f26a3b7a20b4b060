using SuperOfficeProvisioning.Sandbox;

namespace SuperOfficeProvisioning.SandboxTools.SandboxControl;

/// <summary>Builds <see cref="FaultOptions"/> from cmdlet parameters, changing only those the caller bound.</summary>
internal static class FaultOptionsEditor
{
    /// <summary>
    /// Copies the lasting settings. A seed and scripted faults act once when applied, so they are not carried over:
    /// re-sending them would reseed the generator or re-arm the faults.
    /// </summary>
    public static FaultOptions Copy(FaultOptions source) => new()
    {
        LatencyMs = source.LatencyMs,
        LatencyMaxMs = source.LatencyMaxMs,
        RouteLatencies = [.. source.RouteLatencies],
        RateLimitPerSecond = source.RateLimitPerSecond,
        RateLimitBurst = source.RateLimitBurst,
        ServiceUnavailableRate = source.ServiceUnavailableRate,
        DropConnectionRate = source.DropConnectionRate,
        LostResponseRate = source.LostResponseRate,
        RetryAfterSeconds = source.RetryAfterSeconds,
        Routes = [.. source.Routes],
    };

    /// <param name="bound">The cmdlet's bound parameters, named as <see cref="FaultOptions"/>' properties.</param>
    public static FaultOptions Apply(FaultOptions faults, IDictionary<string, object> bound)
    {
        if (bound.TryGetValue(nameof(FaultOptions.LatencyMs), out var latency))
        {
            faults.LatencyMs = (int)latency;
        }

        if (bound.TryGetValue(nameof(FaultOptions.LatencyMaxMs), out var latencyMax))
        {
            faults.LatencyMaxMs = (int)latencyMax;
        }

        if (bound.TryGetValue(nameof(FaultOptions.RateLimitPerSecond), out var rate))
        {
            faults.RateLimitPerSecond = (double)rate;
        }

        if (bound.TryGetValue(nameof(FaultOptions.RateLimitBurst), out var burst))
        {
            faults.RateLimitBurst = (int)burst;
        }

        if (bound.TryGetValue(nameof(FaultOptions.ServiceUnavailableRate), out var unavailable))
        {
            faults.ServiceUnavailableRate = (double)unavailable;
        }

        if (bound.TryGetValue(nameof(FaultOptions.DropConnectionRate), out var dropped))
        {
            faults.DropConnectionRate = (double)dropped;
        }

        if (bound.TryGetValue(nameof(FaultOptions.LostResponseRate), out var lost))
        {
            faults.LostResponseRate = (double)lost;
        }

        if (bound.TryGetValue(nameof(FaultOptions.RetryAfterSeconds), out var retryAfter))
        {
            faults.RetryAfterSeconds = (int)retryAfter;
        }

        if (bound.TryGetValue("Route", out var routes))
        {
            faults.Routes = [.. (string[])routes];
        }

        faults.Seed = bound.TryGetValue(nameof(FaultOptions.Seed), out var seed) ? (int)seed : null;
        return faults;
    }
}

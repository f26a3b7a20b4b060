using System.Text.Json;
using SuperOfficeProvisioning.Sandbox.Json;

namespace SuperOfficeProvisioning.Sandbox;

/// <summary>
/// The faults the sandbox injects into every route family (SuperID, WebAPI, SCIM). The admin endpoint is never affected.
/// Route patterns: <c>*</c> (all), <c>/prefix</c> (a prefix of the route template or of the request path), or
/// <c>METHOD /prefix</c>.
/// </summary>
public sealed class FaultOptions
{
    /// <summary>Latency added to every request, in milliseconds.</summary>
    public int LatencyMs { get; set; }

    /// <summary>When set, the latency is drawn uniformly from <c>[LatencyMs, LatencyMaxMs]</c>.</summary>
    public int? LatencyMaxMs { get; set; }

    /// <summary>Latency for chosen routes; the first matching rule replaces <see cref="LatencyMs"/>.</summary>
    public List<RouteLatency> RouteLatencies { get; set; } = [];

    /// <summary>Requests per second the token bucket admits; 0 switches the limit off. Above it: 429 with Retry-After.</summary>
    public double RateLimitPerSecond { get; set; }

    /// <summary>Size of the token bucket (the burst); 0 means <c>max(1, ceil(RateLimitPerSecond))</c>.</summary>
    public int RateLimitBurst { get; set; }

    /// <summary>Share of requests (0..1) answered 503 with Retry-After before they are handled.</summary>
    public double ServiceUnavailableRate { get; set; }

    /// <summary>Share of requests (0..1) whose connection is aborted before they are handled.</summary>
    public double DropConnectionRate { get; set; }

    /// <summary>Share of requests (0..1) that are handled (their writes happen) but whose reply never arrives.</summary>
    public double LostResponseRate { get; set; }

    /// <summary>The Retry-After value, in seconds, of injected 503 answers.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Routes the rate limit and the random faults apply to; empty means every route.</summary>
    public List<string> Routes { get; set; } = [];

    /// <summary>Faults forced on the next matching requests, entry by entry, before any random fault is drawn.</summary>
    public List<ScriptedFault> Script { get; set; } = [];

    /// <summary>When set, the fault generator is reseeded the moment these options take effect.</summary>
    public int? Seed { get; set; }

    internal FaultOptions Clone() =>
        JsonSerializer.Deserialize<FaultOptions>(JsonSerializer.Serialize(this, SandboxJson.Options), SandboxJson.Options)!;

    internal void Validate()
    {
        RequireNonNegative(LatencyMs, nameof(LatencyMs));
        if (LatencyMaxMs is { } max && max < LatencyMs)
        {
            throw new ArgumentException($"{nameof(LatencyMaxMs)} must not be below {nameof(LatencyMs)}.", nameof(LatencyMaxMs));
        }

        foreach (var rule in RouteLatencies)
        {
            rule.Validate();
        }

        RequireNonNegative(RateLimitPerSecond, nameof(RateLimitPerSecond));
        RequireNonNegative(RateLimitBurst, nameof(RateLimitBurst));
        RequireNonNegative(RetryAfterSeconds, nameof(RetryAfterSeconds));
        RequireShare(ServiceUnavailableRate, nameof(ServiceUnavailableRate));
        RequireShare(DropConnectionRate, nameof(DropConnectionRate));
        RequireShare(LostResponseRate, nameof(LostResponseRate));
        if (ServiceUnavailableRate + DropConnectionRate + LostResponseRate > 1)
        {
            throw new ArgumentException("The fault rates together must not exceed 1.", nameof(ServiceUnavailableRate));
        }

        foreach (var entry in Script)
        {
            RequireNonNegative(entry.Count, nameof(ScriptedFault.Count));
        }
    }

    private static void RequireNonNegative(double value, string name)
    {
        if (value < 0 || double.IsNaN(value))
        {
            throw new ArgumentException($"{name} must not be negative.", name);
        }
    }

    private static void RequireShare(double value, string name)
    {
        if (value is < 0 or > 1 || double.IsNaN(value))
        {
            throw new ArgumentException($"{name} must be between 0 and 1.", name);
        }
    }
}

namespace SuperOfficeProvisioning.Sandbox;

/// <summary>What the sandbox has seen since start or the last reset. The admin endpoint is not counted.</summary>
public sealed record SandboxStats
{
    /// <summary>Every request that arrived, including those a fault answered or dropped.</summary>
    public long TotalRequests { get; init; }

    /// <summary>Requests whose handler changed tenant state (including those whose reply was then lost).</summary>
    public long Writes { get; init; }

    /// <summary>Requests per <c>"METHOD /route/template"</c>.</summary>
    public IReadOnlyDictionary<string, long> ByRoute { get; init; } = new Dictionary<string, long>();

    /// <summary>Replies per HTTP status; a dropped connection or a lost reply has no status.</summary>
    public IReadOnlyDictionary<int, long> ByStatus { get; init; } = new Dictionary<int, long>();

    /// <summary>Injected faults per kind: Latency, RateLimited, ServiceUnavailable, DroppedConnection, LostResponse.</summary>
    public IReadOnlyDictionary<string, long> InjectedFaults { get; init; } = new Dictionary<string, long>();
}

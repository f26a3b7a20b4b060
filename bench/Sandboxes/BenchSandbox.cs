using SuperOfficeProvisioning.Sandbox;
using SuperOfficeProvisioning.Sandbox.Scim;

namespace SuperOfficeProvisioning.Bench.Sandboxes;

/// <summary>Starts sandbox tenants in this process with the latency, rate limit and faults a scenario asks for.</summary>
public static class BenchSandbox
{
    public static Task<RunningSandbox> StartAsync(int seed, FaultOptions faults, bool scimBulk = false, ScimPaging paging = ScimPaging.Honest) =>
        SandboxHost.StartAsync(new SandboxOptions
        {
            Seed = seed,
            ScimBulkEnabled = scimBulk,
            ScimPaging = paging,
            Faults = faults,
        });

    public static FaultOptions Latency(int milliseconds) => new() { LatencyMs = milliseconds };

    /// <summary>The SCIM gateway's page size: what one list or filter response holds at most.</summary>
    public static int PageSize => new SandboxOptions().ScimFilterMaxResults;

    public static long Fault(this SandboxStats stats, string kind) =>
        stats.InjectedFaults.TryGetValue(kind, out var count) ? count : 0;
}

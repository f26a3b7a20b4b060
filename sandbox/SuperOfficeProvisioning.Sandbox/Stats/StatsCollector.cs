namespace SuperOfficeProvisioning.Sandbox.Stats;

/// <summary>Thread-safe counters behind <see cref="SandboxStats"/>.</summary>
internal sealed class StatsCollector
{
    private readonly object _gate = new();
    private readonly Dictionary<string, long> _byRoute = new(StringComparer.Ordinal);
    private readonly Dictionary<int, long> _byStatus = [];
    private readonly Dictionary<string, long> _faults = new(StringComparer.Ordinal);
    private long _total;
    private long _writes;

    public void CountArrival(string routeKey)
    {
        lock (_gate)
        {
            _total++;
            Increment(_byRoute, routeKey);
        }
    }

    /// <summary>Counts a finished request; <paramref name="status"/> is null when no reply reached the client.</summary>
    public void CountCompletion(int? status, bool mutated)
    {
        lock (_gate)
        {
            if (status is { } code)
            {
                Increment(_byStatus, code);
            }

            if (mutated)
            {
                _writes++;
            }
        }
    }

    public void CountFault(string kind)
    {
        lock (_gate)
        {
            Increment(_faults, kind);
        }
    }

    public SandboxStats Snapshot()
    {
        lock (_gate)
        {
            return new SandboxStats
            {
                TotalRequests = _total,
                Writes = _writes,
                ByRoute = new Dictionary<string, long>(_byRoute),
                ByStatus = new Dictionary<int, long>(_byStatus),
                InjectedFaults = new Dictionary<string, long>(_faults),
            };
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _total = 0;
            _writes = 0;
            _byRoute.Clear();
            _byStatus.Clear();
            _faults.Clear();
        }
    }

    private static void Increment<TKey>(Dictionary<TKey, long> counters, TKey key)
        where TKey : notnull =>
        counters[key] = counters.GetValueOrDefault(key) + 1;
}

namespace SuperOfficeProvisioning.Sandbox.Faults;

/// <summary>
/// Decides, per request, the latency and the fault to inject. Every random draw comes from one seeded generator and
/// happens under one lock in request-arrival order, so the same seed and the same serial sequence of requests give the
/// same faults.
/// </summary>
internal sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private FaultOptions _options = new();
    private Random _random;
    private TokenBucket? _bucket;
    private int[] _scriptRemaining = [];

    public FaultInjector(FaultOptions options, int seed, TimeProvider time)
    {
        _time = time;
        _random = new Random(seed);
        Configure(options);
    }

    public FaultOptions Current
    {
        get
        {
            lock (_gate)
            {
                return _options.Clone();
            }
        }
    }

    /// <summary>Puts new options into effect; throws <see cref="ArgumentException"/> for invalid ones.</summary>
    public void Configure(FaultOptions options)
    {
        var copy = options.Clone();
        copy.Validate();
        lock (_gate)
        {
            _options = copy;
            if (copy.Seed is { } seed)
            {
                _random = new Random(seed);
            }

            _bucket = copy.RateLimitPerSecond > 0
                ? new TokenBucket(copy.RateLimitPerSecond, BucketSize(copy), _time)
                : null;
            _scriptRemaining = copy.Script.Select(entry => entry.Count).ToArray();
        }
    }

    public FaultDecision Decide(RequestInfo request)
    {
        lock (_gate)
        {
            var latency = DrawLatency(request);
            if (TakeScripted(request) is { } scripted)
            {
                return new FaultDecision(latency, scripted, _options.RetryAfterSeconds);
            }

            if (!RouteSelector.MatchesAny(_options.Routes, request))
            {
                return new FaultDecision(latency, null, 0);
            }

            if (_bucket is not null && !_bucket.TryTake(out var wait))
            {
                return new FaultDecision(latency, FaultKind.RateLimited, Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)));
            }

            return new FaultDecision(latency, DrawFault(), _options.RetryAfterSeconds);
        }
    }

    private TimeSpan DrawLatency(RequestInfo request)
    {
        var rule = _options.RouteLatencies.FirstOrDefault(candidate => RouteSelector.Matches(candidate.Route, request));
        var (min, max) = rule is null ? (_options.LatencyMs, _options.LatencyMaxMs) : (rule.MinMs, rule.MaxMs);
        var milliseconds = max is { } upper && upper > min ? _random.Next(min, upper + 1) : min;
        return TimeSpan.FromMilliseconds(milliseconds);
    }

    private FaultKind? TakeScripted(RequestInfo request)
    {
        for (var index = 0; index < _scriptRemaining.Length; index++)
        {
            if (_scriptRemaining[index] > 0 && RouteSelector.Matches(_options.Script[index].Route, request))
            {
                _scriptRemaining[index]--;
                return _options.Script[index].Kind;
            }
        }

        return null;
    }

    private FaultKind? DrawFault()
    {
        var (drop, lost, unavailable) =
            (_options.DropConnectionRate, _options.LostResponseRate, _options.ServiceUnavailableRate);
        if (drop + lost + unavailable <= 0)
        {
            return null;
        }

        var roll = _random.NextDouble();
        return roll < drop ? FaultKind.DroppedConnection
            : roll < drop + lost ? FaultKind.LostResponse
            : roll < drop + lost + unavailable ? FaultKind.ServiceUnavailable
            : null;
    }

    private static int BucketSize(FaultOptions options) =>
        options.RateLimitBurst > 0 ? options.RateLimitBurst : Math.Max(1, (int)Math.Ceiling(options.RateLimitPerSecond));
}

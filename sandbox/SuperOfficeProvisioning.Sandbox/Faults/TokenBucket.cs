namespace SuperOfficeProvisioning.Sandbox.Faults;

/// <summary>A token bucket: <c>capacity</c> requests at once, refilled at <c>ratePerSecond</c>. Not thread-safe.</summary>
internal sealed class TokenBucket(double ratePerSecond, int capacity, TimeProvider time)
{
    private double _tokens = capacity;
    private long _refilledAt = time.GetTimestamp();

    /// <summary>Takes a token, or says how long until one is available.</summary>
    public bool TryTake(out TimeSpan retryAfter)
    {
        var now = time.GetTimestamp();
        _tokens = Math.Min(capacity, _tokens + time.GetElapsedTime(_refilledAt, now).TotalSeconds * ratePerSecond);
        _refilledAt = now;
        if (_tokens >= 1)
        {
            _tokens -= 1;
            retryAfter = TimeSpan.Zero;
            return true;
        }

        retryAfter = TimeSpan.FromSeconds((1 - _tokens) / ratePerSecond);
        return false;
    }
}

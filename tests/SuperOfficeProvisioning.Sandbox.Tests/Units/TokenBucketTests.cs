using SuperOfficeProvisioning.Sandbox.Faults;

namespace SuperOfficeProvisioning.Sandbox.Tests.Units;

public sealed class TokenBucketTests
{
    [Fact]
    public void The_bucket_admits_its_burst_then_refills_at_the_rate()
    {
        var time = new ManualTime();
        var bucket = new TokenBucket(ratePerSecond: 2, capacity: 2, time);

        Assert.True(bucket.TryTake(out _));
        Assert.True(bucket.TryTake(out _));
        Assert.False(bucket.TryTake(out var wait));
        Assert.Equal(0.5, wait.TotalSeconds, precision: 3);

        time.Advance(TimeSpan.FromMilliseconds(500));
        Assert.True(bucket.TryTake(out _));
        Assert.False(bucket.TryTake(out _));

        time.Advance(TimeSpan.FromSeconds(60));
        Assert.True(bucket.TryTake(out _));
        Assert.True(bucket.TryTake(out _));
        Assert.False(bucket.TryTake(out _));
    }

    /// <summary>A clock the test moves by hand.</summary>
    private sealed class ManualTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}

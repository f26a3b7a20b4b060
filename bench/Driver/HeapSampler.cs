namespace SuperOfficeProvisioning.Bench.Driver;

/// <summary>Samples the managed heap's size on a timer and keeps the largest value, until disposed.</summary>
internal sealed class HeapSampler : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    public HeapSampler()
    {
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(20));
    }

    public long Peak
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak);
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        var size = GC.GetTotalMemory(forceFullCollection: false);
        long current;
        while (size > (current = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, size, current) != current)
        {
        }
    }
}

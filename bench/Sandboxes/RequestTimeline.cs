using SuperOfficeProvisioning.Sandbox;

namespace SuperOfficeProvisioning.Bench.Sandboxes;

/// <summary>
/// When the sandbox saw its first and its last request of a run, from its request count polled every few
/// milliseconds. Set against the driver's own start and end, it splits a run into the time before the first
/// request (reading the pipeline input, planning), the time requests were flowing, and the time after the last.
/// </summary>
public sealed class RequestTimeline : IAsyncDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public RequestTimeline(RunningSandbox sandbox)
    {
        _loop = PollAsync(sandbox, _stop.Token);
    }

    public DateTimeOffset? FirstRequestUtc { get; private set; }

    public DateTimeOffset? LastRequestUtc { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task PollAsync(RunningSandbox sandbox, CancellationToken cancellationToken)
    {
        long seen = 0;
        while (true)
        {
            var total = sandbox.GetStats().TotalRequests;
            if (total != seen)
            {
                var now = DateTimeOffset.UtcNow;
                FirstRequestUtc ??= now;
                LastRequestUtc = now;
                seen = total;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }
}

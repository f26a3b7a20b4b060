using SuperOfficeProvisioning.Sandbox;

namespace SuperOfficeProvisioning.Bench.Sandboxes;

/// <summary>
/// Forces a 429 (with Retry-After) on about one request in <c>every</c>. The sandbox draws 503s, dropped connections
/// and lost answers at random, but answers 429 only from its rate limit, whose share of requests depends on how the
/// client paces itself; scripting one 429 per so many requests keeps the share fixed.
/// </summary>
public sealed class ThrottlePulse : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <param name="faults">The other faults, re-applied with each scripted 429; must not carry a seed, which would restart the random draws.</param>
    public ThrottlePulse(RunningSandbox sandbox, Func<FaultOptions> faults, int every)
    {
        _loop = RunAsync(sandbox, faults, every, _stop.Token);
    }

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

    private static async Task RunAsync(RunningSandbox sandbox, Func<FaultOptions> faults, int every, CancellationToken cancellationToken)
    {
        long next = every;
        while (true)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
            var total = sandbox.GetStats().TotalRequests;
            if (total < next)
            {
                continue;
            }

            var options = faults();
            options.Script.Add(new ScriptedFault { Route = "*", Kind = FaultKind.RateLimited, Count = 1 });
            sandbox.SetFaults(options);
            next = total + every;
        }
    }
}

using SuperOfficeProvisioning.Engine.Concurrency;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Concurrency;

public sealed class BoundedParallelTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Runs_each_item_once_and_never_more_than_the_limit_at_a_time()
    {
        var items = Enumerable.Range(0, 200).ToList();
        var running = 0;
        var most = 0;
        var seen = new int[items.Count];

        await BoundedParallel.ForEachAsync(items, 4, async item =>
        {
            var now = Interlocked.Increment(ref running);
            int before;
            while ((before = Volatile.Read(ref most)) < now && Interlocked.CompareExchange(ref most, now, before) != before)
            {
            }

            await Task.Yield();
            Interlocked.Increment(ref seen[item]);
            Interlocked.Decrement(ref running);
        }).WaitAsync(Generous);

        Assert.All(seen, count => Assert.Equal(1, count));
        Assert.InRange(most, 1, 4);
    }

    [Fact]
    public async Task Reaches_the_limit_when_the_work_waits()
    {
        // Four items held open at once prove four workers; a fifth starts only when one is let go.
        var started = new SemaphoreSlim(0);
        var release = new TaskCompletionSource();
        var run = BoundedParallel.ForEachAsync(Enumerable.Range(0, 5).ToList(), 4, async _ =>
        {
            started.Release();
            await release.Task;
        });

        for (var i = 0; i < 4; i++)
        {
            Assert.True(await started.WaitAsync(Generous));
        }

        Assert.False(await started.WaitAsync(TimeSpan.FromMilliseconds(50)), "a fifth item started while four were running");
        release.SetResult();
        Assert.True(await started.WaitAsync(Generous));
        await run.WaitAsync(Generous);
    }

    [Fact]
    public async Task After_a_failure_no_worker_starts_another_item_and_the_failure_is_thrown()
    {
        var started = 0;
        // One worker, so that "no further item" has an exact count.
        var run = BoundedParallel.ForEachAsync(Enumerable.Range(0, 1000).ToList(), 1, async item =>
        {
            Interlocked.Increment(ref started);
            await Task.Yield();
            if (item == 3)
            {
                throw new InvalidOperationException("refused");
            }
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => run.WaitAsync(Generous));
        Assert.Equal("refused", error.Message);
        Assert.Equal(4, Volatile.Read(ref started));
    }

    [Fact]
    public async Task Gives_the_results_in_the_order_of_the_items()
    {
        var results = await BoundedParallel.SelectAsync(Enumerable.Range(0, 50).ToList(), 8, async item =>
        {
            await Task.Yield();
            return item * 2;
        }).WaitAsync(Generous);

        Assert.Equal(Enumerable.Range(0, 50).Select(i => i * 2), results);
    }

    [Fact]
    public async Task An_empty_list_runs_nothing()
    {
        var ran = false;
        await BoundedParallel.ForEachAsync(Array.Empty<int>(), 8, _ => { ran = true; return Task.CompletedTask; });
        Assert.False(ran);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace SuperOfficeProvisioning.Engine.Concurrency;

/// <summary>
/// Runs work over a list at most so many at a time, by that many workers that each take the next item in turn. One
/// task per item waiting on a semaphore would hold a task, a closure and a waiter for every item of a 100,000-member
/// sync at once; this holds one per worker. After a failure no worker starts another item, and the failure is thrown.
/// </summary>
internal static class BoundedParallel
{
    public static async Task ForEachAsync<T>(IReadOnlyList<T> items, int limit, Func<T, Task> body)
    {
        var next = -1;
        var failed = 0;

        async Task WorkAsync()
        {
            int index;
            while (Volatile.Read(ref failed) == 0 && (index = Interlocked.Increment(ref next)) < items.Count)
            {
                try
                {
                    await body(items[index]).ConfigureAwait(false);
                }
                catch
                {
                    Interlocked.Exchange(ref failed, 1);
                    throw;
                }
            }
        }

        var workers = Math.Max(1, Math.Min(limit, items.Count));
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync))).ConfigureAwait(false);
    }

    /// <summary>The results in the order of <paramref name="items"/>.</summary>
    public static async Task<TResult[]> SelectAsync<T, TResult>(IReadOnlyList<T> items, int limit, Func<T, Task<TResult>> body)
    {
        var results = new TResult[items.Count];
        var positions = Enumerable.Range(0, items.Count).ToList();
        await ForEachAsync(positions, limit, async i => results[i] = await body(items[i]).ConfigureAwait(false)).ConfigureAwait(false);
        return results;
    }
}

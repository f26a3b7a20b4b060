using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;

namespace SuperOfficeProvisioning.Engine.Tenants;

/// <summary>
/// Runs one piece of work per tenant, at most <see cref="ThrottleLimit"/> at a time. Each tenant's failure is its own:
/// it is kept in that tenant's <see cref="TenantRun{T}"/> (credentials refused, a tenant not running, faults beyond
/// retry) and the others go on. Pieces given for the same tenant key run one after another in the order they were
/// given, never at once (two runs writing the same tenant's objects at the same time would race). Each piece counts
/// the requests it sends itself, whichever HTTP pipeline they use.
/// </summary>
public sealed class TenantFanOut : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly Dictionary<string, Task> _lastOfTenant = new Dictionary<string, Task>(StringComparer.OrdinalIgnoreCase);

    public TenantFanOut(int throttleLimit)
    {
        if (throttleLimit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(throttleLimit), "The throttle limit is at least 1.");
        }

        ThrottleLimit = throttleLimit;
        _slots = new SemaphoreSlim(throttleLimit, throttleLimit);
    }

    public int ThrottleLimit { get; }

    /// <summary>
    /// The results in the order of <paramref name="items"/>, each run as <see cref="RunAsync{T}"/> runs it.
    /// </summary>
    public static async Task<IReadOnlyList<TenantRun<T>>> RunAllAsync<TItem, T>(
        IReadOnlyList<TItem> items, Func<TItem, string> tenantOf, Func<TItem, string> keyOf, int throttleLimit,
        Func<TItem, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        using var fanOut = new TenantFanOut(throttleLimit);
        var runs = items.Select(item => fanOut.RunAsync(tenantOf(item), keyOf(item), token => work(item, token), cancellationToken)).ToList();
        return await Task.WhenAll(runs).ConfigureAwait(false);
    }

    /// <summary>
    /// Queues the work of <paramref name="tenant"/>; it starts on the thread pool once a slot is free and every piece
    /// given before for the same <paramref name="key"/> has ended. The task never fails with an
    /// <see cref="SoException"/> (that is the run's <see cref="TenantRun{T}.Failure"/>); it is cancelled when
    /// <paramref name="cancellationToken"/> is.
    /// </summary>
    public Task<TenantRun<T>> RunAsync<T>(string tenant, string key, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        Task<TenantRun<T>> run;
        lock (_lastOfTenant)
        {
            _lastOfTenant.TryGetValue(key, out var previous);
            run = RunAfterAsync(previous, tenant, work, cancellationToken);
            _lastOfTenant[key] = run;
        }

        // The entry goes when the tenant's last piece ends, so a long run holds none for tenants long done.
        _ = run.ContinueWith(
            finished =>
            {
                lock (_lastOfTenant)
                {
                    if (_lastOfTenant.TryGetValue(key, out var last) && ReferenceEquals(last, finished))
                    {
                        _lastOfTenant.Remove(key);
                    }
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return run;
    }

    public void Dispose() => _slots.Dispose();

    private async Task<TenantRun<T>> RunAfterAsync<T>(Task? previous, string tenant, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (previous is not null)
        {
            // However the tenant's earlier piece ended, this one runs after it.
            await previous.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
        }

        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(() => MeasureAsync(tenant, work, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    private static async Task<TenantRun<T>> MeasureAsync<T>(string tenant, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var tally = RequestTally.Start();
        var clock = Stopwatch.StartNew();
        try
        {
            var value = await work(cancellationToken).ConfigureAwait(false);
            return new TenantRun<T>(tenant, value, null, tally.Requests, clock.Elapsed);
        }
        catch (SoException ex)
        {
            return new TenantRun<T>(tenant, default, ex, tally.Requests, clock.Elapsed);
        }
    }
}

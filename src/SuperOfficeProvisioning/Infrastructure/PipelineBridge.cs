using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SuperOfficeProvisioning.Infrastructure;

/// <summary>
/// Lets engine work run off the pipeline thread while everything PowerShell requires on that thread
/// (WriteObject, WriteError, WriteProgress, ShouldProcess, …) is queued back to it and run there.
/// The pipeline thread pumps the queue while it waits for work to finish.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "Work finishing after the command ended may still post to the queue; it holds no unmanaged resource.")]
internal sealed class PipelineBridge
{
    private readonly BlockingCollection<Action> _queue = new BlockingCollection<Action>();
    private readonly int _pipelineThreadId = Environment.CurrentManagedThreadId;
    private readonly HashSet<Task> _running = new HashSet<Task>();
    private readonly CancellationToken _stopping;
    private Exception? _failure;

    public PipelineBridge(CancellationToken stopping) => _stopping = stopping;

    public int Running
    {
        get
        {
            lock (_running)
            {
                return _running.Count;
            }
        }
    }

    public bool OnPipelineThread => Environment.CurrentManagedThreadId == _pipelineThreadId;

    /// <summary>Runs <paramref name="action"/> on the pipeline thread: now if already there, else when next pumped.</summary>
    public void Post(Action action)
    {
        if (OnPipelineThread)
        {
            action();
        }
        else
        {
            _queue.Add(action);
        }
    }

    /// <summary>Runs <paramref name="function"/> on the pipeline thread and waits for its result.</summary>
    public T Invoke<T>(Func<T> function)
    {
        if (OnPipelineThread)
        {
            return function();
        }

        var result = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Add(() =>
        {
            try
            {
                result.SetResult(function());
            }
            catch (Exception ex)
            {
                result.SetException(ex);
            }
        });
        result.Task.Wait(_stopping);
        return result.Task.GetAwaiter().GetResult();
    }

    /// <summary>Starts work on the thread pool without waiting for it.</summary>
    public void Start(Func<Task> work)
    {
        var task = Task.Run(work);
        lock (_running)
        {
            _running.Add(task);
        }

        task.ContinueWith(
            finished =>
            {
                // The failure is kept before the work counts as finished: a pump that sees nothing running any more
                // must find the failure already there, or the command would end as if the work had succeeded.
                if (finished.IsFaulted && !(finished.Exception!.GetBaseException() is OperationCanceledException))
                {
                    Interlocked.CompareExchange(ref _failure, finished.Exception.GetBaseException(), null);
                }

                lock (_running)
                {
                    _running.Remove(finished);
                }

                _queue.Add(() => { }); // wakes the pump so it re-checks what it is waiting for
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Pumps the queue until fewer than <paramref name="limit"/> pieces of work are running.</summary>
    public void PumpUntilBelow(int limit)
    {
        // What the queue runs may start more work (a planned batch starts its apply), so the count is checked again after.
        do
        {
            while (Running >= limit)
            {
                PumpOne();
            }

            Drain();
        }
        while (Running >= limit);
    }

    /// <summary>Pumps the queue until all work has finished, then rethrows the first unexpected failure.</summary>
    public void PumpUntilIdle()
    {
        PumpUntilBelow(1);
        var failure = Interlocked.Exchange(ref _failure, null);
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }

    private void PumpOne()
    {
        // Throws OperationCanceledException when the user presses Ctrl+C; the cmdlet turns that into a stop.
        _queue.Take(_stopping)();
    }

    private void Drain()
    {
        while (_queue.TryTake(out var action))
        {
            action();
        }
    }
}

using System;
using System.Management.Automation;
using System.Threading;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Hosting;

namespace SuperOfficeProvisioning.Infrastructure;

/// <summary>
/// The engine's host, implemented once for every cmdlet: confirmations, progress, results and failures are
/// run on the pipeline thread, where PowerShell requires them.
/// </summary>
internal sealed class CmdletHost<TResult> : IOperationHost<TResult>
{
    private readonly SoCmdlet _cmdlet;
    private readonly Action<TResult>? _report;
    private readonly Func<TResult, object?> _errorTarget;
    private readonly int _progressId;
    private readonly bool _proceedsWithoutAsking;
    private int _lastPercent = -1;

    /// <param name="report">Runs on the pipeline thread for each result (writes it, counts it, …); null when no result is wanted.</param>
    /// <param name="errorTarget">What a failure's error record is about.</param>
    /// <param name="afterFailure">Runs on the pipeline thread after a failure's error is written.</param>
    public CmdletHost(SoCmdlet cmdlet, Action<TResult>? report, Func<TResult, object?> errorTarget, Action<TResult>? afterFailure = null, int progressId = 1)
    {
        _cmdlet = cmdlet;
        _report = report;
        _errorTarget = errorTarget;
        AfterFailure = afterFailure;
        _progressId = progressId;
        _proceedsWithoutAsking = cmdlet.ProceedsWithoutAsking();
    }

    private Action<TResult>? AfterFailure { get; }

    /// <summary>Read-only work (Test-SoApplication) never writes, so it is never asked about.</summary>
    public bool ReadOnly { get; set; }

    public WriteDecision Confirm(string target, string action) =>
        ReadOnly || _proceedsWithoutAsking ? WriteDecision.Write : _cmdlet.Bridge.Invoke(() => _cmdlet.Decide(target, action));

    public void Progress(string activity, int done, int total)
    {
        var percent = total == 0 ? 100 : Math.Min(100, done * 100 / total);
        if (Interlocked.Exchange(ref _lastPercent, percent) != percent)
        {
            _cmdlet.Bridge.Post(() => _cmdlet.WriteProgress(new ProgressRecord(_progressId, activity, $"{done} of {total}") { PercentComplete = percent }));
        }
    }

    public void Report(TResult result)
    {
        if (_report is { } report)
        {
            _cmdlet.Bridge.Post(() => report(result));
        }
    }

    public void Failed(TResult result, SoException failure) => _cmdlet.Bridge.Post(() =>
    {
        _cmdlet.WriteError(ErrorRecords.From(failure, _errorTarget(result)));
        AfterFailure?.Invoke(result);
    });
}

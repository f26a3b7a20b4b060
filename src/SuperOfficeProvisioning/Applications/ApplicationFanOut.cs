using System;
using System.Collections.Generic;
using System.Management.Automation;
using SuperOfficeProvisioning.Engine.Apps.Provisioning;

namespace SuperOfficeProvisioning.Applications;

/// <summary>
/// One application command's run over connections from the pipeline: the applications to run on each, the bounded
/// runner, the report, and the count of tenants done for progress.
/// </summary>
internal sealed class ApplicationFanOut : IDisposable
{
    private int _positions;
    private int _done;
    private int _failed;

    public ApplicationFanOut(IReadOnlyList<FanOutUnit> units, int throttleLimit, string command, string operation, bool whatIf)
    {
        Units = units;
        Operation = operation;
        WhatIf = whatIf;
        Runner = new TenantApplications(throttleLimit) { Command = command };
        Report = new FanOutReport(command, DateTimeOffset.UtcNow, whatIf, throttleLimit);
        Command = command;
    }

    public IReadOnlyList<FanOutUnit> Units { get; }

    public TenantApplications Runner { get; }

    public FanOutReport Report { get; }

    public string Command { get; }

    /// <summary>Install, Test or Uninstall.</summary>
    public string Operation { get; }

    public bool WhatIf { get; }

    /// <summary>The place of the next connection in the input, which orders the report.</summary>
    public int NextPosition() => _positions++;

    /// <summary>Counts a tenant's piece done; the progress to show for it. Called on the pipeline thread.</summary>
    public ProgressRecord Done(TenantResult result)
    {
        _done++;
        if (result.Status == TenantResultStatus.Failed)
        {
            _failed++;
        }

        var total = _positions * Units.Count;
        return new ProgressRecord(1, $"{Command} on {_positions} tenant(s)", $"{_done} of {total} done, {_failed} failed")
        {
            PercentComplete = total == 0 ? 100 : Math.Min(100, _done * 100 / total),
        };
    }

    /// <summary>The progress bar's end.</summary>
    public ProgressRecord Completed() =>
        new ProgressRecord(1, $"{Command} on {_positions} tenant(s)", $"{_done} done, {_failed} failed") { RecordType = ProgressRecordType.Completed };

    public void Dispose() => Runner.Dispose();
}

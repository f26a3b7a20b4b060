using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine;

namespace SuperOfficeProvisioning.Infrastructure;

/// <summary>
/// Base of every cmdlet: engine work runs off the pipeline thread; output, errors, progress, messages and
/// ShouldProcess are marshalled back to it; Ctrl+C cancels the work.
/// </summary>
public abstract class SoCmdlet : PSCmdlet
{
    private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
    private PipelineBridge? _bridge;

    protected CancellationToken StopToken => _stopping.Token;

    internal PipelineBridge Bridge => _bridge ??= new PipelineBridge(_stopping.Token);

    protected override void StopProcessing() => _stopping.Cancel();

    /// <summary>Runs engine work and waits for it, keeping the pipeline responsive.</summary>
    protected void Run(Func<CancellationToken, Task> work)
    {
        StartWork(work);
        WaitForAll();
    }

    /// <summary>Starts engine work without waiting; pair with <see cref="WaitForCapacity"/> and <see cref="WaitForAll"/>.</summary>
    protected void StartWork(Func<CancellationToken, Task> work)
    {
        var log = new CmdletEngineLog(this);
        var token = StopToken;
        Bridge.Start(async () =>
        {
            using (EngineLog.BeginScope(log))
            {
                await work(token).ConfigureAwait(false);
            }
        });
    }

    protected void WaitForCapacity(int limit) => Pump(() => Bridge.PumpUntilBelow(limit));

    protected void WaitForAll() => Pump(Bridge.PumpUntilIdle);

    protected void Emit(object value) => Bridge.Post(() => WriteObject(value));

    protected void EmitError(ErrorRecord error) => Bridge.Post(() => WriteError(error));

    protected void EmitWarning(string message) => Bridge.Post(() => WriteWarning(message));

    protected void EmitVerbose(string message) => Bridge.Post(() => WriteVerbose(message));

    protected void EmitProgress(ProgressRecord progress) => Bridge.Post(() => WriteProgress(progress));

    protected bool AskShouldProcess(string target, string action) => Bridge.Invoke(() => ShouldProcess(target, action));

    private void Pump(Action pump)
    {
        try
        {
            pump();
        }
        catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    private sealed class CmdletEngineLog : IEngineLog
    {
        private readonly SoCmdlet _cmdlet;

        public CmdletEngineLog(SoCmdlet cmdlet) => _cmdlet = cmdlet;

        public void Verbose(string message) => _cmdlet.Bridge.Post(() => _cmdlet.WriteVerbose(message));

        public void Debug(string message) => _cmdlet.Bridge.Post(() => _cmdlet.WriteDebug(message));

        public void Warning(string message) => _cmdlet.Bridge.Post(() => _cmdlet.WriteWarning(message));
    }
}

using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Hosting;

namespace SuperOfficeProvisioning.Infrastructure;

/// <summary>
/// Base of every cmdlet: engine work runs off the pipeline thread; output, errors, progress, messages and
/// ShouldProcess are marshalled back to it; Ctrl+C cancels the work.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "Engine work may still observe the token after the command ends; it has no timer, so nothing is left to release.")]
public abstract class SoCmdlet : PSCmdlet
{
    private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
    private PipelineBridge? _bridge;

    protected CancellationToken StopToken => _stopping.Token;

    internal PipelineBridge Bridge => _bridge ??= new PipelineBridge(_stopping.Token);

    protected override void StopProcessing() => _stopping.Cancel();

    /// <summary>
    /// Opens a writer's -LogPath audit log: none when no path is given or under -WhatIf (which writes nothing, the log
    /// included); a log that cannot be opened ends the command before anything is written.
    /// </summary>
    private protected Engine.Audit.AuditLog OpenAuditLog(string? logPath)
    {
        try
        {
            return Engine.Audit.AuditLog.Open(WhatIfInEffect || logPath is null ? null : GetUnresolvedProviderPathFromPSPath(logPath), MyInvocation.MyCommand.Name);
        }
        catch (SoException ex)
        {
            ThrowTerminatingError(ErrorRecords.From(ex, logPath));
            throw;
        }
    }

    /// <summary>-Verbose given, or $VerbosePreference set to show verbose lines: only then is a line per change worth its cost.</summary>
    protected bool VerboseWanted =>
        MyInvocation.BoundParameters.TryGetValue("Verbose", out var given)
            ? LanguagePrimitives.IsTrue(given)
            : GetVariableValue("VerbosePreference") is ActionPreference preference && preference != ActionPreference.SilentlyContinue && preference != ActionPreference.Ignore;

    /// <summary>-WhatIf given, or $WhatIfPreference set: nothing may be written, not even a local log.</summary>
    protected bool WhatIfInEffect =>
        MyInvocation.BoundParameters.TryGetValue("WhatIf", out var given) ? LanguagePrimitives.IsTrue(given) : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));

    /// <summary>Runs engine work and waits for it, keeping the pipeline responsive. A failure ends the command.</summary>
    protected void Run(Func<CancellationToken, Task> work)
    {
        StartWork(work);
        WaitForAll();
    }

    /// <summary>Runs engine work for the command as a whole; a failure ends the command, reported about <paramref name="target"/>.</summary>
    protected void Run(Func<CancellationToken, Task> work, object? target) =>
        Run(async token =>
        {
            await work(token).ConfigureAwait(false);
            return true;
        }, target);

    /// <summary>
    /// Runs engine work for the command as a whole and returns its result. A failure ends the command, reported
    /// about <paramref name="target"/> (or what the failure itself names).
    /// </summary>
    protected T Run<T>(Func<CancellationToken, Task<T>> work, object? target)
    {
        if (TryRun(work, target, terminating: true, out var result))
        {
            return result;
        }

        throw new InvalidOperationException("A terminating error did not end the command.");
    }

    /// <summary>
    /// Runs engine work for one input and waits for it. A failure is reported as a non-terminating error
    /// about <paramref name="target"/> so the rest of the pipeline carries on; false then. Credentials the
    /// server refuses still end the command: nothing else can succeed.
    /// </summary>
    protected bool TryRun(Func<CancellationToken, Task> work, object? target) =>
        TryRun(async token =>
        {
            await work(token).ConfigureAwait(false);
            return true;
        }, target, terminating: false, out _);

    /// <summary>As <see cref="TryRun(Func{CancellationToken, Task}, object?)"/>, keeping the work's result.</summary>
    protected bool TryRun<T>(Func<CancellationToken, Task<T>> work, object? target, out T result) =>
        TryRun(work, target, terminating: false, out result);

    private bool TryRun<T>(Func<CancellationToken, Task<T>> work, object? target, bool terminating, out T result)
    {
        var outcome = default(T)!;
        StartWork(async token => outcome = await work(token).ConfigureAwait(false));
        try
        {
            Pump(Bridge.PumpUntilIdle);
            result = outcome;
            return true;
        }
        catch (SoException ex) when (!terminating && !ex.RefusesCredentials)
        {
            WriteError(ErrorRecords.From(ex, target));
        }
        catch (SoException ex)
        {
            ThrowTerminatingError(ErrorRecords.From(ex, target));
        }

        result = default!;
        return false;
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

    protected void WaitForCapacity(int limit) => PumpOrFail(() => Bridge.PumpUntilBelow(limit));

    protected void WaitForAll() => PumpOrFail(Bridge.PumpUntilIdle);

    protected void Emit(object value) => Bridge.Post(() => WriteObject(value));

    protected void EmitError(ErrorRecord error) => Bridge.Post(() => WriteError(error));

    protected void EmitWarning(string message) => Bridge.Post(() => WriteWarning(message));

    protected void EmitVerbose(string message) => Bridge.Post(() => WriteVerbose(message));

    protected void EmitProgress(ProgressRecord progress) => Bridge.Post(() => WriteProgress(progress));

    protected bool AskShouldProcess(string target, string action) => Bridge.Invoke(() => ShouldProcess(target, action));

    /// <summary>
    /// Whether ShouldProcess would answer yes without asking or writing anything: no -WhatIf, no -Verbose, and neither
    /// -Confirm nor $ConfirmPreference calls for a prompt at this cmdlet's ConfirmImpact. Then engine work goes ahead
    /// without a round trip to the pipeline thread, which another cmdlet of the pipeline may be keeping busy.
    /// </summary>
    internal bool ProceedsWithoutAsking()
    {
        var attribute = (CmdletAttribute?)Attribute.GetCustomAttribute(GetType(), typeof(CmdletAttribute));
        if (attribute is null || !attribute.SupportsShouldProcess)
        {
            return true;
        }

        if (WhatIfInEffect || VerboseWanted)
        {
            return false;
        }

        if (MyInvocation.BoundParameters.TryGetValue("Confirm", out var confirm))
        {
            return !LanguagePrimitives.IsTrue(confirm);
        }

        return GetVariableValue("ConfirmPreference") is ConfirmImpact preference
            && (preference == ConfirmImpact.None || attribute.ConfirmImpact < preference);
    }

    /// <summary>ShouldProcess, telling -WhatIf apart from a "no"; on the pipeline thread.</summary>
    internal WriteDecision Decide(string target, string action)
    {
        var description = $"Performing the operation \"{action}\" on target \"{target}\".";
        if (ShouldProcess(description, $"Are you sure you want to perform this action?{System.Environment.NewLine}{description}", "Confirm", out var reason))
        {
            return WriteDecision.Write;
        }

        return reason == ShouldProcessReason.WhatIf ? WriteDecision.WhatIf : WriteDecision.Declined;
    }

    /// <summary>Pumps until the awaited work is done; Ctrl+C turns into a stop.</summary>
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

    /// <summary>A failure the work did not handle itself ends the command with the engine's error id.</summary>
    private void PumpOrFail(Action pump)
    {
        try
        {
            Pump(pump);
        }
        catch (SoException ex)
        {
            ThrowTerminatingError(ErrorRecords.From(ex, null));
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

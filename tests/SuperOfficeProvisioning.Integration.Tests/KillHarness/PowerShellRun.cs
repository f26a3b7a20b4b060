using System.Diagnostics;
using System.Text;

namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

/// <summary>
/// One script run in the pinned pwsh engine, as its own process. <see cref="KillHard"/> is SIGKILL on Unix: the engine
/// gets no chance to run finally blocks, flush files or close connections.
/// </summary>
internal sealed class PowerShellRun : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PowerShellRun(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    public int ProcessId => _process.Id;

    public bool WasKilled { get; private set; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static PowerShellRun Start(string script, IReadOnlyDictionary<string, string> parameters)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var argument in new[] { "exec", PinnedPowerShell.EngineAssembly, "-NoLogo", "-NoProfile", "-NonInteractive", "-File", script })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in parameters)
        {
            start.ArgumentList.Add("-" + name);
            start.ArgumentList.Add(value);
        }

        start.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
        start.Environment["POWERSHELL_UPDATECHECK"] = "Off";
        start.Environment["NO_COLOR"] = "1";

        var run = new PowerShellRun(Process.Start(start)!);
        run._process.OutputDataReceived += (_, line) => run.Append(line.Data);
        run._process.ErrorDataReceived += (_, line) => run.Append(line.Data is null ? null : "stderr: " + line.Data);
        run._process.BeginOutputReadLine();
        run._process.BeginErrorReadLine();
        run._process.StandardInput.Close();
        return run;
    }

    public void KillHard()
    {
        // entireProcessTree: should the engine ever start helpers, they die with it rather than keep writing.
        _process.Kill(entireProcessTree: true);
        WasKilled = true;
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            KillHard();
            await _process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"pwsh did not finish within {timeout}; killed. Output so far:\n{Output}");
        }

        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using SuperOfficeProvisioning.TestSupport;

namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

/// <summary>
/// One trial: a fresh sandbox process, the writer in a real pwsh process SIGKILLed once the sandbox has seen the
/// seeded Nth write, the same command run again to the end, and the tenant read back. Trials are cached so that the
/// tenant test and the audit log test of one kill share a single run.
/// </summary>
internal static class KillTrial
{
    /// <summary>Ten seeded kills per writer; SO_KILL_TRIALS=n runs the first n only, for a quicker look.</summary>
    public static int TrialsPerWriter { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("SO_KILL_TRIALS"), out var n) && n is > 0 and < 10 ? n : 10;

    private const int MaxAttempts = 3;
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);
    private static readonly ConcurrentDictionary<(string, int), Lazy<Task<KillTrialResult>>> Trials = new();

    // One trial at a time, whatever xunit's parallelism: each trial is a sandbox and a pwsh process on a small machine.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static IEnumerable<object[]> Numbers() => Enumerable.Range(1, TrialsPerWriter).Select(n => new object[] { n });

    public static Task<KillTrialResult> RunAsync(string command, int trial) =>
        Trials.GetOrAdd((command, trial), key => new Lazy<Task<KillTrialResult>>(() => RunOnceAsync(key.Item1, key.Item2))).Value;

    private static async Task<KillTrialResult> RunOnceAsync(string command, int trial)
    {
        await OneAtATime.WaitAsync();
        try
        {
            // A poll that the machine stalls can see the Nth write only after the run has finished; that says
            // nothing about the writer, so the same trial runs again on a fresh tenant.
            KillTrialResult result = null!;
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                result = await RunAloneAsync(KillableWriter.For(command), trial) with { Attempts = attempt };
                if (result.Killed)
                {
                    break;
                }
            }

            return result;
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private static async Task<KillTrialResult> RunAloneAsync(KillableWriter writer, int trial)
    {
        var clock = Stopwatch.StartNew();
        var seed = writer.SeedBase + trial;
        var killPoint = new Random(seed).Next(1, writer.LastKillPoint + 1);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));

        var phases = new List<string>();
        void Phase(string name) => phases.Add($"{name} {clock.Elapsed.TotalSeconds:0.0}");
        await using var sandbox = await SandboxProcess.StartAsync(seed, writer.LatencyMs, writer.WriteLatencies);
        Phase("sandbox");
        var context = new TrialContext(sandbox, new TenantReadBack(sandbox), seed);
        await writer.PrepareAsync(context, timeout.Token);
        var parameters = ScriptParameters(writer, context);

        var before = await sandbox.CountWritesAsync(timeout.Token);
        long seenAtKill;
        int killedExit;
        string killedOutput;
        bool killed;
        await using (var first = PowerShellRun.Start(ScriptPath, parameters))
        {
            (killed, seenAtKill) = await KillAfterWritesAsync(first, sandbox, before + killPoint, timeout.Token);
            killedExit = await first.WaitForExitAsync(RunTimeout);
            killedOutput = first.Output;

            // A run that printed its last line had finished before the kill arrived.
            killed &= !killedOutput.Contains("harness: done", StringComparison.Ordinal);
        }

        Phase("killed");

        // Writes already in the sandbox's hands may still land after this count; the tenant check sees them all.
        var landed = await sandbox.CountWritesAsync(timeout.Token) - before;
        int rerunExit;
        string rerunOutput;
        await using (var rerun = PowerShellRun.Start(ScriptPath, parameters))
        {
            rerunExit = await rerun.WaitForExitAsync(RunTimeout);
            rerunOutput = rerun.Output;
            if (!rerunOutput.Contains($"harness: engine {rerun.ProcessId}", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The process the harness starts (and kills) is not the pwsh engine itself:\n{rerunOutput}");
            }
        }

        Phase("rerun");
        var findings = await writer.CheckTenantAsync(context, timeout.Token);
        var logText = File.Exists(context.LogPath) ? await File.ReadAllTextAsync(context.LogPath, timeout.Token) : null;
        return new KillTrialResult(writer.Command, trial, seed, killPoint, killed, seenAtKill - before, landed, killedExit, rerunExit,
            killedOutput, rerunOutput, logText, findings, clock.Elapsed, string.Join(", ", phases));
    }

    // Polls the sandbox's write count (the admin endpoint is neither delayed nor counted) and kills the writer as
    // soon as it reaches the target. A writer that exits first was not killed; the trial reports that.
    private static async Task<(bool Killed, long Seen)> KillAfterWritesAsync(PowerShellRun run, SandboxProcess sandbox, long target, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < RunTimeout)
        {
            var writes = await sandbox.CountWritesAsync(cancellationToken);
            if (writes >= target && !run.HasExited)
            {
                run.KillHard();
                return (true, writes);
            }

            if (run.HasExited)
            {
                return (false, writes);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(2), cancellationToken);
        }

        throw new TimeoutException($"The writer made fewer than {target} writes in {RunTimeout}:\n{run.Output}");
    }

    private static Dictionary<string, string> ScriptParameters(KillableWriter writer, TrialContext context)
    {
        var parameters = new Dictionary<string, string>
        {
            ["Writer"] = writer.Command,
            ["ModuleManifest"] = RepositoryRoot.ModuleManifest,
            ["DetailsFile"] = context.Sandbox.DetailsFile,
            ["LogPath"] = context.LogPath,
        };
        foreach (var (name, value) in writer.Parameters(context))
        {
            parameters[name] = value;
        }

        return parameters;
    }

    private static string ScriptPath => Path.Combine(AppContext.BaseDirectory, "KillHarness", "Invoke-Writer.ps1");
}

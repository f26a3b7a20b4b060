using System.Collections.Concurrent;
using System.Diagnostics;

namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

/// <summary>What one trial did and found: the kill, the re-run, the tenant, the audit log.</summary>
internal sealed record KillTrialResult(
    string Command,
    int Trial,
    int Seed,
    int KillPoint,
    bool Killed,
    long WritesSeenAtKill,
    long WritesAfterKilledRun,
    int KilledExitCode,
    int RerunExitCode,
    string KilledRunOutput,
    string RerunOutput,
    string? LogText,
    TenantFindings Tenant,
    TimeSpan Duration,
    string Timeline)
{
    public int Attempts { get; init; } = 1;

    public string Summary =>
        $"{Command} trial {Trial} (seed {Seed}): kill after write {KillPoint} -> {(Killed ? $"killed at {WritesSeenAtKill} writes, {WritesAfterKilledRun} by the time it was reaped" : "NOT killed, the run finished first")}; " +
        $"killed run exit {KilledExitCode}, re-run exit {RerunExitCode}; {string.Join(", ", Tenant.Figures.Select(f => $"{f.Key}={f.Value}"))}; {Duration.TotalSeconds:0.0} s ({Timeline}); attempt {Attempts}; " +
        $"re-run said: {LastHarnessLine(RerunOutput)}";

    private static string LastHarnessLine(string output) =>
        output.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith("harness: done", StringComparison.Ordinal)) ?? "(no summary line)";
}

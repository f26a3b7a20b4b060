using SuperOfficeProvisioning.Bench.Driver;
using SuperOfficeProvisioning.Bench.Sandboxes;

namespace SuperOfficeProvisioning.Bench.Scenarios;

/// <summary>
/// Scenario 4: Sync-SoGroup of a very large group, for its peak memory. The module runs in the driver process and
/// the sandbox in this one, so the figure is the module's process alone: PowerShell, the module, and the input
/// objects, which are generated as the pipeline takes them (as Get-MgGroupMember streams). No latency, to keep
/// the run short: the figure of interest is memory, not time.
/// </summary>
public static class BigGroupScenario
{
    public static async Task<ScenarioResult> RunAsync(BenchContext context)
    {
        var members = context.Options.BigGroupMembers;
        await using var sandbox = await BenchSandbox.StartAsync(context.Options.Seed, BenchSandbox.Latency(0));
        var job = context.Job(DriverCommand.SyncGroup, sandbox, members) with { StreamInput = true, GroupName = "SuperOffice All staff" };
        var run = await ModuleRun.RunAsync(context, sandbox, job, $"Sync-SoGroup of {members:N0} new members, no latency");
        var summary = run.Driver.SyncSummary;

        var result = run.ToResult("4", "Sync-SoGroup of a big group (0 ms latency)", members);
        result.Targets.Add(Checks.AtMost("peak working set", run.PeakMemoryMB, Targets.BigSyncPeakMB, " MB", "0"));
        result.Targets.Add(Checks.Equal("users created and added", Math.Min(summary.GetValueOrDefault("Created"), summary.GetValueOrDefault("MembersAdded")), members));
        result.Notes.Add($"Peak working set of the driver process (PowerShell engine, module, streamed input); the sandbox runs in another process. " +
                         $"Before the pipeline started it was {ModuleRun.Megabytes(run.Driver.WorkingSetBeforeRunBytes):0} MB (engine and module imported).");
        result.Notes.Add("Latency 0 ms here, to keep the run short; no baseline (the figure of interest is memory).");
        CreateScenarios.AddCommonNotes(result, run);
        return result;
    }
}

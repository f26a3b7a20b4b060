using SuperOfficeProvisioning.Bench.Driver;
using SuperOfficeProvisioning.Bench.Sandboxes;
using SuperOfficeProvisioning.Sandbox.Scim;

namespace SuperOfficeProvisioning.Bench.Scenarios;

/// <summary>
/// Scenario 7: Sync-SoGroup from scratch and unchanged on a server that ignores startIndex and reports as the total
/// what it returned, so its listing is never whole and the sync looks its users up by filter.
/// </summary>
public static class DishonestPagingScenario
{
    public static async Task<IEnumerable<ScenarioResult>> RunAsync(BenchContext context)
    {
        var users = context.Options.Users;
        await using var sandbox = await BenchSandbox.StartAsync(context.Options.Seed, BenchSandbox.Latency(context.Options.LatencyMs), paging: ScimPaging.TotalIsReturnedCount);
        var job = context.Job(DriverCommand.SyncGroup, sandbox, users);

        var first = await ModuleRun.RunAsync(context, sandbox, job, $"Sync-SoGroup of {users:N0} new members, paging-dishonest server");
        var created = sandbox.GetSuperOfficeUsers().Count;
        var fromScratch = first.ToResult("7a", "New users, Sync-SoGroup, server ignores startIndex (totalResults = returned)", users);
        fromScratch.Targets.Add(Checks.AllCreated(created, users, first.Driver.Errors));
        fromScratch.Targets.Add(Checks.Equal("users the server holds (no duplicate)", created, users));
        CreateScenarios.AddCommonNotes(fromScratch, first);

        var again = await ModuleRun.RunAsync(context, sandbox, job, $"Sync-SoGroup of {users:N0} unchanged members, paging-dishonest server");
        var unchanged = again.ToResult("7b", "Unchanged re-sync, the same server", users);
        unchanged.Targets.Add(Checks.Equal("writes", again.Stats.Writes, 0));
        unchanged.Targets.Add(Checks.Equal("unchanged", again.Driver.SyncSummary.GetValueOrDefault("Unchanged"), users));
        unchanged.Notes.Add($"The listing stops at its first page; {again.Routed("GET", "/Users"):N0} user reads in all, most of them filter lookups of 20 users each.");
        CreateScenarios.AddCommonNotes(unchanged, again);
        return [fromScratch, unchanged];
    }
}

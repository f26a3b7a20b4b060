using SuperOfficeProvisioning.Bench.Driver;
using SuperOfficeProvisioning.Bench.Sandboxes;
using SuperOfficeProvisioning.Sandbox;

namespace SuperOfficeProvisioning.Bench.Scenarios;

/// <summary>Scenarios 2 and 3: Sync-SoGroup again over a synced tenant, with nothing changed and with 1 % changed.</summary>
public static class ResyncScenarios
{
    public static async Task<ScenarioResult> UnchangedAsync(BenchContext context)
    {
        var users = context.Options.Users;
        var tenant = await SyncedTenantAsync(context);
        var run = await ModuleRun.RunAsync(context, tenant, context.Job(DriverCommand.SyncGroup, tenant, users), $"Sync-SoGroup of {users:N0} unchanged members");
        var baseline = await context.Baselines.UnchangedResyncAsync();
        var pages = Targets.PageReads(users, BenchSandbox.PageSize);

        var result = run.ToResult("2", "Unchanged re-sync, Sync-SoGroup", users, baseline.ExtrapolatedSeconds(users));
        result.Targets.Add(Checks.AtMost($"requests (⌈{users:N0}/{BenchSandbox.PageSize}⌉ + {Targets.FixedRequests})", run.Stats.TotalRequests, pages + Targets.FixedRequests, string.Empty, "0"));
        result.Targets.Add(Checks.AtMost("wall", run.WallSeconds, Targets.UnchangedResyncSeconds, " s", "0.00"));
        result.Targets.Add(Checks.Equal("writes", run.Stats.Writes, 0));
        result.Notes.Add($"{run.PageReads} page reads; the rest: {string.Join(", ", OtherRoutes(run))}.");
        CreateScenarios.AddCommonNotes(result, run);
        return result;
    }

    public static async Task<ScenarioResult> ChangedAsync(BenchContext context)
    {
        var users = context.Options.Users;
        var tenant = await SyncedTenantAsync(context);
        var job = context.Job(DriverCommand.SyncGroup, tenant, users) with { ChangedShare = Baselines.ChangedShare, ChangeSeed = context.Options.Seed + 1 };
        var changed = (int)Math.Round(users * Baselines.ChangedShare);
        var run = await ModuleRun.RunAsync(context, tenant, job, $"Sync-SoGroup of {users:N0} members, {changed:N0} changed");
        var baseline = await context.Baselines.ChangedResyncAsync();

        var result = run.ToResult("3", "Re-sync with 1 % changed, Sync-SoGroup", users, baseline.ExtrapolatedSeconds(users));
        result.Targets.Add(Checks.Equal("users updated", run.Driver.SyncSummary.GetValueOrDefault("Updated"), changed));
        result.Targets.Add(Checks.Equal("writes", run.Stats.Writes, changed));
        result.Notes.Add("The issue sets no time or request target for this scenario; the checks are that exactly the changed users were written.");
        result.Notes.Add($"{run.PageReads} page reads, {run.Routed("PATCH", "/Users/{id}")} user PATCHes.");
        CreateScenarios.AddCommonNotes(result, run);
        return result;
    }

    /// <summary>The tenant scenario 1 left; when scenario 1 did not run, one synced here without latency (not timed).</summary>
    private static async Task<RunningSandbox> SyncedTenantAsync(BenchContext context)
    {
        if (context.SyncedTenant is { } tenant)
        {
            return tenant;
        }

        var sandbox = await BenchSandbox.StartAsync(context.Options.Seed, BenchSandbox.Latency(0));
        await ModuleRun.RunAsync(context, sandbox, context.Job(DriverCommand.SyncGroup, sandbox, context.Options.Users), "setting up: the initial sync, without latency");
        sandbox.SetFaults(BenchSandbox.Latency(context.Options.LatencyMs));
        context.SyncedTenant = sandbox;
        return sandbox;
    }

    private static IEnumerable<string> OtherRoutes(ModuleRun run) =>
        run.Stats.ByRoute.Where(r => !ModuleRun.IsPageRead(r.Key)).Select(r => $"{ModuleRun.ShortRoute(r.Key)} × {r.Value}");
}

using SuperOfficeProvisioning.Bench.Driver;
using SuperOfficeProvisioning.Bench.Sandboxes;
using SuperOfficeProvisioning.Bench.Verification;
using SuperOfficeProvisioning.Sandbox;

namespace SuperOfficeProvisioning.Bench.Scenarios;

/// <summary>Scenario 1: new users through New-SoUser, through Sync-SoGroup, and through New-SoUser with Bulk advertised.</summary>
public static class CreateScenarios
{
    public static async Task<List<ScenarioResult>> RunAsync(BenchContext context) =>
    [
        await NewUsersAsync(context, scimBulk: false),
        await InitialSyncAsync(context),
        await NewUsersAsync(context, scimBulk: true),
    ];

    private static async Task<ScenarioResult> NewUsersAsync(BenchContext context, bool scimBulk)
    {
        var users = context.Options.Users;
        await using var sandbox = await BenchSandbox.StartAsync(context.Options.Seed, BenchSandbox.Latency(context.Options.LatencyMs), scimBulk);
        var run = await ModuleRun.RunAsync(context, sandbox, context.Job(DriverCommand.NewUser, sandbox, users),
            $"New-SoUser of {users:N0} users{(scimBulk ? ", SCIM Bulk advertised" : string.Empty)}");
        var created = sandbox.GetSuperOfficeUsers().Count;
        var baseline = await context.Baselines.CreateAsync();

        var result = run.ToResult(scimBulk ? "1c" : "1a", scimBulk ? "New users, New-SoUser, server offers SCIM Bulk" : "New users, New-SoUser", users, baseline.ExtrapolatedSeconds(users));
        result.Targets.Add(scimBulk
            ? Checks.AtMost("wall", run.WallSeconds, Targets.CreateWithBulkSeconds, " s")
            : Checks.AtMost("wall", run.WallSeconds, Targets.CreateSeconds, " s"));
        if (!scimBulk)
        {
            result.Targets.Add(Checks.SpeedUp(result.SpeedUp, Targets.CreateSpeedUp));
        }

        result.Targets.Add(Checks.CreateRequests(run.Stats.TotalRequests, created, users, BenchSandbox.PageSize));
        result.Targets.Add(Checks.AllCreated(created, users, run.Driver.Errors));
        if (scimBulk && run.BulkRequests == 0)
        {
            result.Notes.Add("Bulk not used by the module: the gateway advertised bulk.supported, yet no POST /Bulk was sent; every user had its own POST /Users.");
        }
        else if (scimBulk)
        {
            result.Notes.Add($"Bulk used: {run.BulkRequests:N0} POST /Bulk, {run.Routed("POST", "/Users"):N0} single POST /Users.");
        }

        AddCommonNotes(result, run);
        return result;
    }

    private static async Task<ScenarioResult> InitialSyncAsync(BenchContext context)
    {
        var users = context.Options.Users;
        var sandbox = await BenchSandbox.StartAsync(context.Options.Seed, BenchSandbox.Latency(context.Options.LatencyMs));
        var job = context.Job(DriverCommand.SyncGroup, sandbox, users);
        var run = await ModuleRun.RunAsync(context, sandbox, job, $"Sync-SoGroup of {users:N0} new members");
        var created = sandbox.GetSuperOfficeUsers().Count;
        var members = await ReadMembersAsync(sandbox, job.GroupName);
        var baseline = await context.Baselines.CreateAsync();

        // Scenarios 2 and 3 re-sync this tenant.
        if (context.SyncedTenant is not null)
        {
            await context.SyncedTenant.DisposeAsync();
        }

        context.SyncedTenant = sandbox;

        var result = run.ToResult("1b", "New users, Sync-SoGroup (users, group, memberships)", users, baseline.ExtrapolatedSeconds(users));
        result.Targets.Add(Checks.AtMost("wall", run.WallSeconds, Targets.CreateSeconds, " s"));
        result.Targets.Add(Checks.SpeedUp(result.SpeedUp, Targets.CreateSpeedUp));
        result.Targets.Add(Checks.CreateRequests(run.Stats.TotalRequests, created, users, BenchSandbox.PageSize));
        result.Targets.Add(Checks.AllCreated(Math.Min(created, members), users, run.Driver.Errors) with { Target = $"all {users:N0} created and in the group, no error" });
        result.Notes.Add("The baseline creates the users only; it sets no group membership, which favours it.");
        AddCommonNotes(result, run);
        return result;
    }

    internal static void AddCommonNotes(ScenarioResult result, ModuleRun run)
    {
        result.Notes.Add(run.Profile());
        if (run.Driver.Errors > 0)
        {
            result.Notes.Add($"{run.Driver.Errors} error record(s): {string.Join(", ", run.Driver.ErrorIds.Select(e => $"{e.Key} × {e.Value}"))}; first: {run.Driver.FirstErrors.FirstOrDefault()}");
        }
    }

    private static async Task<int> ReadMembersAsync(RunningSandbox sandbox, string groupName)
    {
        using var client = SandboxScimClient.Create(sandbox.Details);
        return (await new ScimReadBack(client).GroupMembersAsync(groupName))?.Count ?? 0;
    }
}

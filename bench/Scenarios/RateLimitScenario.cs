using SuperOfficeProvisioning.Bench.Driver;
using SuperOfficeProvisioning.Bench.Sandboxes;

namespace SuperOfficeProvisioning.Bench.Scenarios;

/// <summary>Scenario 5: New-SoUser against a server that admits 100 requests a second and answers 429 above it.</summary>
public static class RateLimitScenario
{
    public const double LimitPerSecond = 100;

    public static async Task<ScenarioResult> RunAsync(BenchContext context)
    {
        var users = context.Options.Users;
        var faults = BenchSandbox.Latency(context.Options.LatencyMs);
        faults.RateLimitPerSecond = LimitPerSecond;
        await using var sandbox = await BenchSandbox.StartAsync(context.Options.Seed, faults);
        var run = await ModuleRun.RunAsync(context, sandbox, context.Job(DriverCommand.NewUser, sandbox, users), $"New-SoUser of {users:N0} users, server limit {LimitPerSecond} requests/s");
        var created = sandbox.GetSuperOfficeUsers().Count;
        var baseline = await context.Baselines.RateLimitedCreateAsync(LimitPerSecond);

        var throttled = run.Stats.Fault("RateLimited");
        var admitted = run.Stats.TotalRequests - throttled;
        var throughput = admitted / run.WallSeconds;
        var failedUsers = users - created + run.Driver.Errors;

        var result = run.ToResult("5", $"New-SoUser under a {LimitPerSecond:0} requests/s server limit", users, baseline.ExtrapolatedSeconds(users));
        result.Details["admittedPerSecond"] = throughput;
        result.Targets.Add(Checks.AtLeast("admitted requests/s", throughput, Targets.RateLimitShare * LimitPerSecond, string.Empty));
        result.Targets.Add(Checks.Equal("failed users", failedUsers, 0));
        result.Notes.Add($"Throughput: {admitted:N0} requests admitted in {run.WallSeconds:0.0} s = {throughput:0.0}/s ({throughput / LimitPerSecond:P0} of the limit); {throttled:N0} answered 429; {users / run.WallSeconds:0.0} users/s.");
        result.Notes.Add($"The baseline never reaches the limit: one request at a time it sends {baseline.Requests / baseline.Elapsed.TotalSeconds:0.0} requests/s.");
        CreateScenarios.AddCommonNotes(result, run);
        return result;
    }
}

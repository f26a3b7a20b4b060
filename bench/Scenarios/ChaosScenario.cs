using SuperOfficeProvisioning.Bench.Driver;
using SuperOfficeProvisioning.Bench.Sandboxes;
using SuperOfficeProvisioning.Bench.Verification;
using SuperOfficeProvisioning.Sandbox;

namespace SuperOfficeProvisioning.Bench.Scenarios;

/// <summary>
/// The fault scenario (<c>--chaos</c>): New-SoUser and Sync-SoGroup while about one request in ten fails: 503s,
/// dropped connections, and requests handled whose answer is lost, drawn at random from the seed, and a 429 with
/// Retry-After on one request in forty. Afterwards the faults stop and the tenant is read back over SCIM and
/// compared with the input: nothing lost, nothing duplicated, every attribute as asked.
/// </summary>
public static class ChaosScenario
{
    /// <summary>Each of the four faults' share of requests.</summary>
    public const double FaultShare = 0.025;

    public static async Task<List<ScenarioResult>> RunAsync(BenchContext context) =>
    [
        await RunAsync(context, DriverCommand.NewUser),
        await RunAsync(context, DriverCommand.SyncGroup),
    ];

    private static async Task<ScenarioResult> RunAsync(BenchContext context, DriverCommand command)
    {
        var users = context.Options.Users;
        var cmdlet = command == DriverCommand.SyncGroup ? "Sync-SoGroup" : "New-SoUser";
        await using var sandbox = await BenchSandbox.StartAsync(context.Options.Seed, Faults(context.Options));
        var job = context.Job(command, sandbox, users);
        ModuleRun run;
        await using (new ThrottlePulse(sandbox, () => Faults(context.Options), every: (int)Math.Round(1 / FaultShare)))
        {
            run = await ModuleRun.RunAsync(context, sandbox, job, $"{cmdlet} of {users:N0} users under faults");
        }

        sandbox.SetFaults(new FaultOptions());
        using var client = SandboxScimClient.Create(sandbox.Details);
        var readBack = new ScimReadBack(client);
        var members = command == DriverCommand.SyncGroup ? await readBack.GroupMembersAsync(job.GroupName) ?? [] : null;
        var check = StateCheck.Compare(context.Users, await readBack.UsersAsync(), members);

        var faults = new[] { "RateLimited", "ServiceUnavailable", "DroppedConnection", "LostResponse" }
            .ToDictionary(kind => kind, kind => run.Stats.Fault(kind));
        var faulted = faults.Values.Sum();
        var result = run.ToResult(command == DriverCommand.SyncGroup ? "chaos-b" : "chaos-a", $"Faults: {cmdlet} with ~10 % of requests failing", users);
        result.Details["stateCheck"] = check;
        result.Targets.Add(new TargetCheck("final state equals desired", check.EqualsDesired ? "equal" : "differs", check.EqualsDesired));
        result.Targets.Add(Checks.Equal("lost", check.Lost, 0));
        result.Targets.Add(Checks.Equal("duplicated", check.Duplicated, 0));
        result.Notes.Add($"Injected: {string.Join(", ", faults.Select(f => $"{f.Value:N0} {f.Key}"))} = {faulted:N0} of {run.Stats.TotalRequests:N0} requests ({(double)faulted / Math.Max(1, run.Stats.TotalRequests):P1}).");
        result.Notes.Add($"Read back: {check.Stored:N0} users stored for {check.Desired:N0} desired; {check.Lost} lost, {check.Duplicated} duplicated, {check.Mismatched} with a wrong attribute" +
                         (members is null ? "." : $", {check.MissingMembers} missing from the group, {check.ExtraMembers} extra members."));
        CreateScenarios.AddCommonNotes(result, run);
        return result;
    }

    /// <summary>The random faults; the sandbox's seed (<see cref="BenchOptions.Seed"/>) draws them.</summary>
    private static FaultOptions Faults(BenchOptions options) => new()
    {
        LatencyMs = options.LatencyMs,
        ServiceUnavailableRate = FaultShare,
        DropConnectionRate = FaultShare,
        LostResponseRate = FaultShare,
        RetryAfterSeconds = 1,
    };
}

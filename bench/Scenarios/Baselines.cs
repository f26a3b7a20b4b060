using SuperOfficeProvisioning.Bench.Baseline;
using SuperOfficeProvisioning.Bench.Input;
using SuperOfficeProvisioning.Bench.Sandboxes;
using SuperOfficeProvisioning.Sandbox;

namespace SuperOfficeProvisioning.Bench.Scenarios;

/// <summary>
/// The naive script's runs on a sample of the directory, each made once per benchmark run and only when a
/// scenario needs it: create, unchanged re-sync and 1 % changed on one tenant; create under the rate limit on another.
/// </summary>
public sealed class Baselines(BenchContext context) : IAsyncDisposable
{
    public const double ChangedShare = 0.01;

    private readonly List<IAsyncDisposable> _tenants = [];
    private Task<(RunningSandbox Sandbox, BaselineRun Run)>? _create;
    private Task<BaselineRun>? _unchanged;
    private Task<BaselineRun>? _changed;
    private Task<BaselineRun>? _rateLimited;

    private IReadOnlyList<DirectoryUser> Sample => context.Users.Take(context.Options.BaselineSample).ToList();

    public async Task<BaselineRun> CreateAsync() => (await (_create ??= RunCreateAsync())).Run;

    public Task<BaselineRun> UnchangedResyncAsync() => _unchanged ??= ResyncAsync(Sample);

    public Task<BaselineRun> ChangedResyncAsync() =>
        _changed ??= ResyncAsync(SampleDirectory.WithChanges(Sample, ChangedShare, context.Options.Seed + 1));

    public Task<BaselineRun> RateLimitedCreateAsync(double limitPerSecond) => _rateLimited ??= RunRateLimitedAsync(limitPerSecond);

    /// <summary>The baseline runs made so far, by what they did.</summary>
    public Dictionary<string, BaselineRun> Completed()
    {
        var runs = new Dictionary<string, BaselineRun>();
        void Add(string name, BaselineRun? run)
        {
            if (run is not null)
            {
                runs[name] = run;
            }
        }

        Add("Create: filter GET + POST per user", _create is { IsCompletedSuccessfully: true } create ? create.Result.Run : null);
        Add("Unchanged re-sync: filter GET per user", _unchanged is { IsCompletedSuccessfully: true } unchanged ? unchanged.Result : null);
        Add("1 % changed: filter GET per user + PATCH", _changed is { IsCompletedSuccessfully: true } changed ? changed.Result : null);
        Add("Create under the rate limit", _rateLimited is { IsCompletedSuccessfully: true } limited ? limited.Result : null);
        return runs;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var tenant in _tenants)
        {
            await tenant.DisposeAsync();
        }
    }

    private async Task<(RunningSandbox, BaselineRun)> RunCreateAsync()
    {
        var sandbox = await StartAsync(BenchSandbox.Latency(context.Options.LatencyMs));
        var run = await RunAsync(sandbox, "create", script => script.CreateAsync(Sample));
        return (sandbox, run);
    }

    private async Task<BaselineRun> ResyncAsync(IReadOnlyList<DirectoryUser> users)
    {
        var (sandbox, _) = await (_create ??= RunCreateAsync());
        return await RunAsync(sandbox, "re-sync", script => script.ResyncAsync(users));
    }

    private async Task<BaselineRun> RunRateLimitedAsync(double limitPerSecond)
    {
        var faults = BenchSandbox.Latency(context.Options.LatencyMs);
        faults.RateLimitPerSecond = limitPerSecond;
        var sandbox = await StartAsync(faults);
        return await RunAsync(sandbox, $"create under {limitPerSecond} requests/s", script => script.CreateAsync(Sample));
    }

    private async Task<RunningSandbox> StartAsync(FaultOptions faults)
    {
        var sandbox = await BenchSandbox.StartAsync(context.Options.Seed, faults);
        _tenants.Add(sandbox);
        return sandbox;
    }

    private async Task<BaselineRun> RunAsync(RunningSandbox sandbox, string what, Func<NaiveAdminScript, Task<BaselineRun>> run)
    {
        context.Log($"Baseline: naive {what} of {context.Options.BaselineSample} users, one request at a time");
        using var client = SandboxScimClient.Create(sandbox.Details);
        var result = await run(new NaiveAdminScript(client));
        context.Log($"Baseline: {result.Elapsed.TotalSeconds:0.0} s, {result.Requests} requests, {result.Failures} failed");
        return result;
    }
}

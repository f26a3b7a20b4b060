using SuperOfficeProvisioning.Bench.Driver;
using SuperOfficeProvisioning.Bench.Sandboxes;
using SuperOfficeProvisioning.Sandbox;

namespace SuperOfficeProvisioning.Bench.Scenarios;

/// <summary>One run of the module in a driver process against a sandbox, with the sandbox's figures for that run.</summary>
public sealed record ModuleRun(DriverResult Driver, SandboxStats Stats, DateTimeOffset? FirstRequestUtc, DateTimeOffset? LastRequestUtc)
{
    public double WallSeconds => Driver.WallMs / 1000;

    public double PeakMemoryMB => Megabytes(Driver.PeakWorkingSetBytes);

    /// <summary>List and filter reads of users and groups: the "page reads" of the targets.</summary>
    public long PageReads => Stats.ByRoute.Where(r => IsPageRead(r.Key)).Sum(r => r.Value);

    public long BulkRequests => Stats.ByRoute.Where(r => IsRoute(r.Key, "POST", "/Bulk")).Sum(r => r.Value);

    public long Routed(string method, string suffix) => Stats.ByRoute.Where(r => IsRoute(r.Key, method, suffix)).Sum(r => r.Value);

    public static async Task<ModuleRun> RunAsync(BenchContext context, RunningSandbox sandbox, DriverJob job, string label)
    {
        context.Log($"Module: {label}");
        sandbox.ResetStats();
        DriverResult driver;
        DateTimeOffset? first, last;
        await using (var timeline = new RequestTimeline(sandbox))
        {
            driver = await DriverProcess.RunAsync(job);
            (first, last) = (timeline.FirstRequestUtc, timeline.LastRequestUtc);
        }

        var run = new ModuleRun(driver, sandbox.GetStats(), first, last);
        context.Log($"Module: {run.WallSeconds:0.0} s, {run.Stats.TotalRequests} requests, {driver.Errors} errors, peak {run.PeakMemoryMB:0} MB");
        return run;
    }

    /// <summary>The results-table row for this run; the scenario adds its targets and notes.</summary>
    public ScenarioResult ToResult(string id, string title, int objects, double? baselineSeconds = null) => new()
    {
        Id = id,
        Title = title,
        Objects = objects,
        WallSeconds = WallSeconds,
        Requests = Stats.TotalRequests,
        PeakMemoryMB = PeakMemoryMB,
        BaselineSeconds = baselineSeconds,
        Details = Details(),
    };

    /// <summary>Where the driver's time and memory went: the first things to read when a target is missed.</summary>
    public string Profile() =>
        $"Profile: {Phases()}; {Driver.CpuMs / 1000:0.0} s CPU, {Megabytes(Driver.AllocatedBytes):N0} MB allocated, {Driver.Gen2Collections} gen-2 GCs; " +
        $"working set {Megabytes(Driver.WorkingSetBeforeRunBytes):0} MB before the pipeline, managed heap peak {Megabytes(Driver.PeakManagedHeapBytes):0} MB, " +
        $"{Megabytes(Driver.RetainedAfterRunBytes):0} MB still reachable after it (output included).";

    /// <summary>The wall time split at the sandbox's first and last request.</summary>
    public string Phases()
    {
        if (FirstRequestUtc is not { } first || LastRequestUtc is not { } last)
        {
            return $"{WallSeconds:0.00} s, no request";
        }

        var before = (first - Driver.PipelineStartedUtc).TotalSeconds;
        var flowing = (last - first).TotalSeconds;
        var after = (Driver.PipelineEndedUtc - last).TotalSeconds;
        return $"{before:0.00} s before the first request, {flowing:0.00} s of requests, {after:0.00} s after the last";
    }

    public Dictionary<string, object?> Details() => new()
    {
        ["driver"] = Driver,
        ["firstRequestUtc"] = FirstRequestUtc,
        ["lastRequestUtc"] = LastRequestUtc,
        ["writes"] = Stats.Writes,
        ["requestsByRoute"] = Stats.ByRoute,
        ["repliesByStatus"] = Stats.ByStatus,
        ["injectedFaults"] = Stats.InjectedFaults,
    };

    public static bool IsPageRead(string routeKey) => IsRoute(routeKey, "GET", "/Users") || IsRoute(routeKey, "GET", "/Groups");

    /// <summary>"POST /Cust12345/scim/v2/Users" → "POST /Users".</summary>
    public static string ShortRoute(string routeKey)
    {
        var space = routeKey.IndexOf(' ');
        var template = routeKey[(space + 1)..];
        var scim = template.IndexOf("/scim/v2", StringComparison.OrdinalIgnoreCase);
        return routeKey[..space] + " " + (scim < 0 ? template : template[(scim + "/scim/v2".Length)..]);
    }

    public static double Megabytes(long bytes) => bytes / (1024.0 * 1024.0);

    private static bool IsRoute(string key, string method, string suffix) =>
        key.StartsWith(method + " ", StringComparison.Ordinal) && key.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
}

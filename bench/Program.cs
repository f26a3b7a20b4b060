using SuperOfficeProvisioning.Bench;
using SuperOfficeProvisioning.Bench.Driver;
using SuperOfficeProvisioning.Bench.Reporting;
using SuperOfficeProvisioning.Bench.Scenarios;

if (args.Length > 0 && args[0] == DriverProcess.Switch)
{
    return DriverProcess.RunDriver();
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

if (options.Help)
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

var results = new List<ScenarioResult>();
var crashed = false;
await using (var context = new BenchContext(options))
{
    var scenarios = new (bool Selected, string Name, Func<Task<IEnumerable<ScenarioResult>>> Run)[]
    {
        (options.Scenarios.Contains(1), "1", async () => await CreateScenarios.RunAsync(context)),
        (options.Scenarios.Contains(2), "2", async () => [await ResyncScenarios.UnchangedAsync(context)]),
        (options.Scenarios.Contains(3), "3", async () => [await ResyncScenarios.ChangedAsync(context)]),
        (options.Scenarios.Contains(4), "4", async () => [await BigGroupScenario.RunAsync(context)]),
        (options.Scenarios.Contains(5), "5", async () => [await RateLimitScenario.RunAsync(context)]),
        (options.Scenarios.Contains(6), "6", async () => [await ImportScenario.RunAsync(context)]),
        (options.Scenarios.Contains(7), "7", async () => await DishonestPagingScenario.RunAsync(context)),
        (options.Scenarios.Contains(8), "8", async () => await TenantsScenario.RunAsync(context)),
        (options.Chaos, "chaos", async () => await ChaosScenario.RunAsync(context)),
    };

    foreach (var (selected, name, run) in scenarios.Where(s => s.Selected))
    {
        try
        {
            results.AddRange(await run());
        }
        catch (Exception ex)
        {
            // One broken scenario should not cost the figures of the others.
            crashed = true;
            context.Log($"Scenario {name} failed: {ex}");
            results.Add(new ScenarioResult { Id = name, Title = "failed to run", Notes = { ex.Message } });
        }
    }

    var info = new RunInfo { Options = options, Baselines = context.Baselines.Completed() };
    Console.WriteLine(MarkdownReport.Write(info, results));
    var file = await JsonReport.WriteAsync(RepoLayout.ResultsFolder(), info, results);
    context.Log($"Results written to bench/results/{Path.GetFileName(file)}");
}

return crashed ? 1 : 0;

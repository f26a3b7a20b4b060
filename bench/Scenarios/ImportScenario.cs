using SuperOfficeProvisioning.Bench.Driver;

namespace SuperOfficeProvisioning.Bench.Scenarios;

/// <summary>
/// Scenario 6: cold Import-Module. Each sample is a fresh process: the PowerShell engine is opened first (as pwsh
/// has done before its prompt appears), then Import-Module of the built manifest is timed with a Stopwatch.
/// </summary>
public static class ImportScenario
{
    public static async Task<ScenarioResult> RunAsync(BenchContext context)
    {
        var samples = new List<DriverResult>();
        for (var index = 0; index < context.Options.ImportSamples; index++)
        {
            samples.Add(await DriverProcess.RunAsync(new DriverJob { Command = DriverCommand.Import, ModuleManifest = context.ModuleManifest }));
            context.Log($"Import-Module sample {index + 1}: {samples[^1].ImportMs:0} ms");
        }

        var times = samples.Select(s => s.ImportMs).Order().ToList();
        var median = Median(times);
        var result = new ScenarioResult
        {
            Id = "6",
            Title = $"Cold Import-Module (median of {times.Count} fresh processes)",
            WallSeconds = median / 1000,
            PeakMemoryMB = ModuleRun.Megabytes(samples.Max(s => s.PeakWorkingSetBytes)),
            Details = new() { ["importMs"] = times, ["runspaceOpenMs"] = samples.Select(s => s.RunspaceOpenMs).ToList() },
        };
        result.Targets.Add(Checks.AtMost("median Import-Module", median, Targets.ColdImportMs, " ms", "0"));
        result.Notes.Add($"Import-Module: median {median:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms; opening the engine before it took a median {Median(samples.Select(s => s.RunspaceOpenMs).Order().ToList()):0} ms (not counted).");
        return result;
    }

    private static double Median(IReadOnlyList<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

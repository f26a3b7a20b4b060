using System.Text.Json;
using SuperOfficeProvisioning.Bench.Scenarios;

namespace SuperOfficeProvisioning.Bench.Reporting;

/// <summary>Writes the run's results, with every figure behind the table, to <c>bench/results/</c>.</summary>
public static class JsonReport
{
    public static async Task<string> WriteAsync(string folder, RunInfo run, IReadOnlyList<ScenarioResult> results)
    {
        Directory.CreateDirectory(folder);
        var kind = (run.Options.Quick ? "quick" : "full") + (run.Options.Chaos ? "-chaos" : string.Empty);
        var path = Path.Combine(folder, $"bench-{run.StartedUtc:yyyyMMdd-HHmmss}-{kind}.json");
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, new { run, results }, BenchJson.Indented);
        return path;
    }
}

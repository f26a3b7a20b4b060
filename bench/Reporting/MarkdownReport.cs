using System.Globalization;
using System.Text;
using SuperOfficeProvisioning.Bench.Scenarios;

namespace SuperOfficeProvisioning.Bench.Reporting;

/// <summary>The results as markdown: one table of scenarios with their targets, the baselines, then the notes.</summary>
public static class MarkdownReport
{
    public static string Write(RunInfo run, IReadOnlyList<ScenarioResult> results)
    {
        var options = run.Options;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## SuperOfficeProvisioning benchmark — {run.StartedUtc:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{options.Users:N0} users, {options.BigGroupMembers:N0} members in scenario 4, {options.LatencyMs} ms latency per request, seed {options.Seed}; " +
                                                      $"{run.ProcessorCount} cores, {run.OperatingSystem}, {run.Runtime}. " +
                                                      $"The naive baseline ran on a sample of {options.BaselineSample:N0} users; its column is that time per user × the scenario's users (extrapolated, not measured at full size).");
        text.AppendLine();
        text.AppendLine("| # | Scenario | Objects | Wall time | Requests | Req/object | Peak memory | Naive baseline (extrapolated) | vs baseline | Targets |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var result in results)
        {
            text.AppendLine(string.Join(" | ",
                "| " + result.Id,
                result.Title,
                result.Objects > 0 ? result.Objects.ToString("N0", CultureInfo.InvariantCulture) : "—",
                Seconds(result.WallSeconds),
                result.Requests?.ToString("N0", CultureInfo.InvariantCulture) ?? "—",
                result.RequestsPerObject?.ToString("0.000", CultureInfo.InvariantCulture) ?? "—",
                result.PeakMemoryMB is { } mb ? $"{mb:0} MB" : "—",
                Seconds(result.BaselineSeconds),
                result.SpeedUp is { } speedUp ? $"{speedUp:0.0}×" : "—",
                Targets(result) + " |"));
        }

        text.AppendLine();
        AppendBaselines(text, run);
        text.AppendLine("### Notes");
        text.AppendLine();
        foreach (var result in results.Where(r => r.Notes.Count > 0))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- **{result.Id}** {string.Join(" ", result.Notes)}");
        }

        var missed = results.SelectMany(r => r.Targets.Where(t => !t.Met).Select(t => $"{r.Id}: {t.Target} (got {t.Actual})")).ToList();
        text.AppendLine();
        text.AppendLine(missed.Count == 0 ? "**Every target met.**" : $"**Missed ({missed.Count}):** {string.Join("; ", missed)}");
        return text.ToString();
    }

    private static void AppendBaselines(StringBuilder text, RunInfo run)
    {
        if (run.Baselines.Count == 0)
        {
            return;
        }

        text.AppendLine("| Naive baseline run (sample) | Users | Wall time | Requests | Req/user | Time/user | Failed requests |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, baseline) in run.Baselines)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {baseline.Users:N0} | {baseline.Elapsed.TotalSeconds:0.0} s | {baseline.Requests:N0} | {baseline.RequestsPerUser:0.00} | {baseline.SecondsPerUser * 1000:0.0} ms | {baseline.Failures} |");
        }

        text.AppendLine();
    }

    private static string Targets(ScenarioResult result) =>
        result.Targets.Count == 0
            ? "—"
            : string.Join("<br>", result.Targets.Select(t => $"{(t.Met ? "met" : "**MISSED**")}: {t.Target} (got {t.Actual})"));

    private static string Seconds(double? seconds) => seconds switch
    {
        null => "—",
        < 1 => $"{seconds * 1000:0} ms",
        < 10 => $"{seconds:0.00} s",
        < 600 => $"{seconds:0.0} s",
        _ => $"{seconds / 60:0.0} min",
    };
}

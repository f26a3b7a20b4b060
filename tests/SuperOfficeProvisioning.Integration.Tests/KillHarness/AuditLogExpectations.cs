using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

/// <summary>
/// The audit log contract every writer's -LogPath follows, in one place: JSON lines (UTF-8), one object per line,
/// <c>{"time","run","command","phase":"intent|done|failed|reconciled","action","target","scimId"?,"outcome"?}</c>,
/// written ahead of each change. <see cref="Check"/> answers what a log breaks of it, in words; empty means kept.
/// </summary>
internal static class AuditLogExpectations
{
    private static readonly HashSet<string> Phases = new(["intent", "done", "failed", "reconciled"], StringComparer.Ordinal);
    private static readonly HashSet<string> Outcomes = new(["applied", "notApplied"], StringComparer.Ordinal);

    public static IReadOnlyList<string> Check(
        string command,
        string? logText,
        IReadOnlyList<ExpectedChange> changes,
        IReadOnlyCollection<string> untouchable)
    {
        if (logText is null)
        {
            return [$"{command} was given -LogPath but wrote no log file."];
        }

        var problems = new List<string>();
        var entries = Parse(logText, problems);
        CheckFields(command, entries, problems);
        CheckWriteAhead(entries, problems);
        CheckAccounting(entries, changes, problems);
        CheckUntouchable(entries, untouchable, problems);
        return problems;
    }

    private sealed record Entry(int Line, JsonObject Json)
    {
        public string? this[string name] => Json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

        public bool Applied => this["phase"] == "done" || (this["phase"] == "reconciled" && this["outcome"] == "applied");

        public bool Names(ExpectedChange change) =>
            this["action"] == change.Action
            && (change.Targets.Any(t => string.Equals(t, this["target"], StringComparison.OrdinalIgnoreCase))
                || (change.ScimId is not null && this["scimId"] == change.ScimId));

        public bool SameChange(Entry other) =>
            this["action"] == other["action"] && string.Equals(this["target"], other["target"], StringComparison.OrdinalIgnoreCase);
    }

    // A line the kill tore is tolerated only as the last line of its run: the last of the file, or followed by a
    // line of another run than the one before it.
    private static List<Entry> Parse(string logText, List<string> problems)
    {
        var lines = logText.Split('\n');
        var count = logText.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        var parsed = new (int Line, JsonObject? Json, string Text)[count];
        for (var i = 0; i < count; i++)
        {
            var text = lines[i].TrimEnd('\r');
            parsed[i] = (i + 1, TryParse(text), text);
        }

        for (var i = 0; i < count; i++)
        {
            if (parsed[i].Json is not null)
            {
                continue;
            }

            var before = parsed.Take(i).LastOrDefault(p => p.Json is not null).Json;
            var after = parsed.Skip(i + 1).FirstOrDefault(p => p.Json is not null).Json;
            var endsRun = after is null || RunOf(before) != RunOf(after);
            if (!endsRun)
            {
                problems.Add($"Line {i + 1} is not a JSON object and is not the last line of its run: {Excerpt(parsed[i].Text)}");
            }
            else if (after is not null && parsed[i].Text.IndexOf("{\"", 1, StringComparison.Ordinal) > 0)
            {
                problems.Add($"Line {i + 1}, torn by the kill, has the next run's first line glued onto it: a run must start on a fresh line. {Excerpt(parsed[i].Text)}");
            }
        }

        return parsed.Where(p => p.Json is not null).Select(p => new Entry(p.Line, p.Json!)).ToList();
    }

    private static void CheckFields(string command, List<Entry> entries, List<string> problems)
    {
        Report(entries.Where(e => !DateTimeOffset.TryParse(e["time"], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _)), "no ISO 8601 'time'", problems);
        Report(entries.Where(e => string.IsNullOrEmpty(e["run"])), "no 'run' id", problems);
        Report(entries.Where(e => e["command"] != command), $"a 'command' other than \"{command}\"", problems);
        Report(entries.Where(e => e["phase"] is not { } phase || !Phases.Contains(phase)), "no 'phase' of intent, done, failed or reconciled", problems);
        Report(entries.Where(e => string.IsNullOrEmpty(e["action"])), "no 'action'", problems);
        Report(entries.Where(e => string.IsNullOrEmpty(e["target"])), "no 'target'", problems);
        Report(entries.Where(e => e["phase"] == "reconciled" && (e["outcome"] is not { } outcome || !Outcomes.Contains(outcome))),
            "phase reconciled but no 'outcome' of applied or notApplied", problems);
    }

    // Written ahead: every done or failed line follows an intent for the same change in the same run, and every
    // intent is closed by done or failed in its run, or reconciled by a later run.
    private static void CheckWriteAhead(List<Entry> entries, List<string> problems)
    {
        var unannounced = entries.Where(e => e["phase"] is "done" or "failed" && !entries.Any(i =>
            i.Line < e.Line && i["phase"] == "intent" && i["run"] == e["run"] && i.SameChange(e)));
        Report(unannounced, "a done or failed change without an earlier intent line in its run", problems);

        var open = entries.Where(i => i["phase"] == "intent" && !entries.Any(e => e.Line > i.Line && e.SameChange(i) &&
            ((e["phase"] is "done" or "failed" && e["run"] == i["run"]) || (e["phase"] == "reconciled" && e["run"] != i["run"]))));
        Report(open, "an intent that no done, failed or later reconciled line closes", problems);
    }

    private static void CheckAccounting(List<Entry> entries, IReadOnlyList<ExpectedChange> changes, List<string> problems)
    {
        foreach (var action in changes.GroupBy(c => c.Action))
        {
            var missing = action.Where(change => !entries.Any(e => e.Applied && e.Names(change))).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"{missing.Count} of {action.Count()} {action.Key} changes in the tenant have no done (or reconciled, applied) line, e.g. {string.Join(", ", missing.Take(3))}.");
            }
        }
    }

    private static void CheckUntouchable(List<Entry> entries, IReadOnlyCollection<string> untouchable, List<string> problems)
    {
        var claimed = entries.Where(e => e.Applied && untouchable.Contains(e["target"] ?? string.Empty, StringComparer.OrdinalIgnoreCase));
        Report(claimed, "an applied change to an object the writer does not own", problems);
    }

    private static void Report(IEnumerable<Entry> offenders, string what, List<string> problems)
    {
        var lines = offenders.Select(e => e.Line).ToList();
        if (lines.Count > 0)
        {
            problems.Add($"{lines.Count} lines have {what} (lines {string.Join(", ", lines.Take(5))}{(lines.Count > 5 ? ", …" : "")}).");
        }
    }

    private static JsonObject? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? RunOf(JsonObject? entry) => entry?["run"] is JsonValue value && value.TryGetValue<string>(out var run) ? run : null;

    private static string Excerpt(string text) => text.Length <= 120 ? text : text[..120] + "…";
}

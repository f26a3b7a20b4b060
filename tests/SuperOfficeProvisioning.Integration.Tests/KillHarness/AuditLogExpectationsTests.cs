using Xunit;

namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

/// <summary>The audit log rules themselves, on logs written by hand: what a killed run and its re-run may and may not leave.</summary>
public sealed class AuditLogExpectationsTests
{
    private static readonly ExpectedChange[] Changes =
    [
        new("CreateUser", ["ada@contoso.example"], "id-ada"),
        new("CreateUser", ["bo@contoso.example"], "id-bo"),
    ];

    [Fact]
    public void A_killed_run_with_a_torn_last_line_and_a_reconciling_rerun_is_accepted()
    {
        var log = Line("r1", "intent", "CreateUser", "ada@contoso.example")
                  + Line("r1", "done", "CreateUser", "ada@contoso.example", scimId: "id-ada")
                  + Line("r1", "intent", "CreateUser", "bo@contoso.example")
                  + "{\"time\":\"2026-12-01T10:00:00Z\",\"run\":\"r1\",\"comm\n"
                  + Line("r2", "reconciled", "CreateUser", "bo@contoso.example", outcome: "applied", scimId: "id-bo");

        Assert.Empty(Check(log));
    }

    [Fact]
    public void A_torn_line_inside_a_run_is_refused()
    {
        var log = Line("r1", "intent", "CreateUser", "ada@contoso.example")
                  + "{\"time\":\n"
                  + Line("r1", "done", "CreateUser", "ada@contoso.example")
                  + Line("r1", "intent", "CreateUser", "bo@contoso.example")
                  + Line("r1", "done", "CreateUser", "bo@contoso.example");

        Assert.Contains(Check(log), p => p.StartsWith("Line 2 is not a JSON object", StringComparison.Ordinal));
    }

    [Fact]
    public void A_change_without_a_done_or_applied_line_is_unaccounted_for()
    {
        var log = Line("r1", "intent", "CreateUser", "ada@contoso.example")
                  + Line("r1", "done", "CreateUser", "ada@contoso.example")
                  + Line("r2", "reconciled", "CreateUser", "bo@contoso.example", outcome: "notApplied");

        Assert.Contains(Check(log), p => p.StartsWith("1 of 2 CreateUser changes", StringComparison.Ordinal));
    }

    [Fact]
    public void An_intent_nothing_closes_and_a_done_without_intent_are_both_reported()
    {
        var log = Line("r1", "intent", "CreateUser", "ada@contoso.example")
                  + Line("r2", "done", "CreateUser", "bo@contoso.example");

        var problems = Check(log);

        Assert.Contains(problems, p => p.Contains("without an earlier intent", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("an intent that no done", StringComparison.Ordinal));
    }

    [Fact]
    public void A_log_line_without_run_and_phase_is_reported_field_by_field()
    {
        var log = "{\"time\":\"2026-12-01T10:00:00Z\",\"group\":\"G\",\"action\":\"CreateUser\",\"target\":\"ada@contoso.example\"}\n";

        var problems = Check(log);

        Assert.Contains(problems, p => p.Contains("no 'run' id", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("no 'phase'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_applied_change_to_a_hand_made_object_is_refused()
    {
        var log = Line("r1", "intent", "UpdateObject", "Partner.Notes.ContactNotes")
                  + Line("r1", "done", "UpdateObject", "Partner.Notes.ContactNotes");

        var problems = AuditLogExpectations.Check("Sync-SoGroup", log, [], ["Partner.Notes.ContactNotes"]);

        Assert.Contains(problems, p => p.Contains("does not own", StringComparison.Ordinal));
    }

    private static IReadOnlyList<string> Check(string log) =>
        AuditLogExpectations.Check("Sync-SoGroup", log, Changes, []);

    private static string Line(string run, string phase, string action, string target, string? outcome = null, string? scimId = null) =>
        "{\"time\":\"2026-12-01T10:00:00.0000000+00:00\",\"run\":\"" + run + "\",\"command\":\"Sync-SoGroup\",\"phase\":\"" + phase
        + "\",\"action\":\"" + action + "\",\"target\":\"" + target + "\""
        + (scimId is null ? "" : ",\"scimId\":\"" + scimId + "\"")
        + (outcome is null ? "" : ",\"outcome\":\"" + outcome + "\"") + "}\n";
}

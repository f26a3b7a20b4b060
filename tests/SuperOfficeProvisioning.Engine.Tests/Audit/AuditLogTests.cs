using SuperOfficeProvisioning.Engine.Audit;
using SuperOfficeProvisioning.Engine.Errors;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Audit;

public sealed class AuditLogTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"audit-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Every_line_is_on_disk_before_the_next_step_and_is_one_json_object()
    {
        using var log = AuditLog.Open(_path, "New-SoUser");
        var change = new AuditChange("CreateUser", "a@x.example") { Attributes = new Dictionary<string, string?> { ["userName"] = "a@x.example" } };

        var key = log.Intent(change);
        Assert.Single(ReadShared());
        change.ScimId = "17";
        log.Done(key, change);

        var lines = ReadShared();
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"phase\":\"intent\"", lines[0]);
        Assert.Contains("\"phase\":\"done\"", lines[1]);
        Assert.Contains("\"scimId\":\"17\"", lines[1]);
        Assert.Contains($"\"run\":\"{log.RunId}\"", lines[1]);
    }

    [Fact]
    public void Intents_without_an_answer_and_uncertain_failures_are_left_open_for_the_next_run()
    {
        using (var first = AuditLog.Open(_path, "Sync-SoGroup"))
        {
            first.Done(first.Intent(new AuditChange("CreateUser", "done@x.example")), new AuditChange("CreateUser", "done@x.example"));
            first.Failed(first.Intent(new AuditChange("CreateUser", "refused@x.example")), new AuditChange("CreateUser", "refused@x.example"), new SoException("ScimBadRequest", SoErrorKind.InvalidInput, "no"));
            first.Failed(first.Intent(new AuditChange("CreateUser", "lost@x.example")), new AuditChange("CreateUser", "lost@x.example"), new SoException("ConnectionFailed", SoErrorKind.Connection, "dropped"));
            first.Intent(new AuditChange("AddMember", "open@x.example"));
        }

        File.AppendAllText(_path, "{\"time\":\"2026-");

        using var second = AuditLog.Open(_path, "Sync-SoGroup");
        Assert.Equal(new[] { "lost@x.example", "open@x.example" }, second.Unconfirmed.Select(e => e.Change.Target).OrderBy(t => t));

        foreach (var intent in second.Unconfirmed.ToList())
        {
            second.Reconciled(intent, intent.Change, applied: true);
        }

        second.Dispose();
        var lines = File.ReadAllLines(_path);
        Assert.Equal("{\"time\":\"2026-", lines[^3]);
        using var third = AuditLog.Open(_path, "Sync-SoGroup");
        Assert.Empty(third.Unconfirmed);
    }

    [Fact]
    public void A_log_that_cannot_be_opened_is_a_clear_error()
    {
        var error = Assert.Throws<SoException>(() => AuditLog.Open(Path.GetTempPath(), "New-SoUser"));
        Assert.Equal("LogPathUnusable", error.ErrorId);
    }

    [Fact]
    public void No_path_writes_nothing()
    {
        var log = AuditLog.Open(null, "New-SoUser");
        Assert.False(log.Enabled);
        Assert.Equal(string.Empty, log.Intent(new AuditChange("CreateUser", "a@x.example")));
    }

    private string[] ReadShared()
    {
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}

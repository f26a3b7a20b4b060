using SuperOfficeProvisioning.Engine.Sync;
using SuperOfficeProvisioning.Engine.Users;
using SuperOfficeProvisioning.Integration.Tests.Users;
using SuperOfficeProvisioning.Sandbox;
using Xunit;

namespace SuperOfficeProvisioning.Integration.Tests.Sync;

/// <summary>
/// The apply phase of a group sync: each applied change is reported to the host as it is done, each failed one
/// as a SyncChangeFailed error naming the change, and a run after the failure finishes the job.
/// </summary>
public sealed class GroupSyncApplyTests
{
    [Fact]
    public async Task Every_change_is_reported_as_done_and_an_unchanged_group_reports_none()
    {
        await using var fixture = await SandboxFixture.StartAsync(seed: 31);
        using var connection = fixture.ConnectScim();
        var host = new RecordingHost<SyncChange>();

        var result = await new GroupSync(connection, host).RunAsync(Request(Members(12)), CancellationToken.None);

        Assert.Equal(0, result.Failed);
        Assert.Equal(result.Changes.Count, host.Reported.Count);
        Assert.All(host.Reported, change => Assert.Equal(SyncChangeStatus.Applied, change.Status));
        Assert.Equal(("SCIM group 'Apply'", $"Sync ({GroupSync.Summary(result)})"), Assert.Single(host.Asked));

        var again = new RecordingHost<SyncChange>();
        Assert.Empty((await new GroupSync(connection, again).RunAsync(Request(Members(12)), CancellationToken.None)).Changes);
        Assert.Empty(again.Reported);
    }

    [Fact]
    public async Task A_membership_write_that_keeps_failing_is_reported_per_member_and_a_rerun_finishes_it()
    {
        await using var fixture = await SandboxFixture.StartAsync(seed: 32);
        using var connection = fixture.ConnectScim(maxAttempts: 2);
        fixture.Sandbox.SetFaults(new FaultOptions
        {
            RetryAfterSeconds = 0,
            Script = { new ScriptedFault { Route = "PATCH " + fixture.Sandbox.Details.ScimUrl.AbsolutePath.TrimEnd('/') + "/Groups", Kind = FaultKind.ServiceUnavailable, Count = 2 } },
        });
        var host = new RecordingHost<SyncChange>();

        var result = await new GroupSync(connection, host).RunAsync(Request(Members(5)), CancellationToken.None);

        var memberships = result.Changes.Where(c => c.Action == SyncAction.AddMember).ToList();
        Assert.Equal(5, memberships.Count);
        Assert.All(memberships, change => Assert.Equal(SyncChangeStatus.Failed, change.Status));
        Assert.Equal(memberships.Select(c => c.Target).Order(), host.Failures.Select(f => f.Result.Target).Order());
        Assert.All(host.Failures, failure =>
        {
            Assert.Equal("SyncChangeFailed", failure.Error.ErrorId);
            Assert.Same(failure.Result, failure.Error.Target);
        });
        Assert.Equal(6, host.Reported.Count); // the group and its five users were created

        var rerun = await new GroupSync(connection, new RecordingHost<SyncChange>()).RunAsync(Request(Members(5)), CancellationToken.None);
        Assert.Equal(0, rerun.Failed);
        Assert.Equal(5, rerun.Changes.Count(c => c.Action == SyncAction.AddMember && c.Status == SyncChangeStatus.Applied));
    }

    private static GroupSyncRequest Request(IReadOnlyList<UserDraft> members) =>
        new("Apply", members) { GroupId = "0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5" };

    private static List<UserDraft> Members(int count) => Enumerable.Range(1, count).Select(i => UserInputReader.Read(
        new Dictionary<string, object?> { ["UserName"] = $"member{i}@contoso.example", ["ExternalId"] = $"oid-member-{i}", ["Enabled"] = true },
        i,
        null,
        requireUserName: true)).ToList();
}

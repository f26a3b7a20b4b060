using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Hosting;
using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Engine.Sync;
using SuperOfficeProvisioning.Engine.Users;
using SuperOfficeProvisioning.Sandbox;
using SuperOfficeProvisioning.Sandbox.Scim;
using Xunit;

namespace SuperOfficeProvisioning.Integration.Tests;

public sealed class GroupSyncResumeTests
{
    private const int Members = 1000;

    /// <summary>The honest server and the two paging-dishonest ones: a sync must converge on each.</summary>
    public static TheoryData<ScimPaging> PagingProfiles => new() { ScimPaging.Honest, ScimPaging.IgnoresStartIndexAndCount, ScimPaging.TotalIsReturnedCount };

    [Theory]
    [MemberData(nameof(PagingProfiles))]
    public async Task A_sync_stopped_at_several_points_converges_when_run_again(ScimPaging paging)
    {
        await using var fixture = await SandboxFixture.StartAsync(seed: 5, paging);
        using var connection = fixture.ConnectScim();
        var desired = DesiredMembers();

        // Stop each run after this many finished steps (user creates first, then membership rows, 100 to a
        // request), each time resuming what the run before left: early, mid-creates, across the end of the
        // creates into the memberships, and within the memberships alone.
        foreach (var stopAfter in new[] { 1, 150, 400, 700, 350 })
        {
            using var cancel = new CancellationTokenSource();
            var observer = new Observer(step => { if (step >= stopAfter) { cancel.Cancel(); } });
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new GroupSync(connection, observer).RunAsync(Request(desired), cancel.Token));
        }

        var finish = await new GroupSync(connection, new Observer(_ => { })).RunAsync(Request(desired), CancellationToken.None);
        Assert.Equal(0, finish.Failed);

        AssertTenantHoldsExactly(fixture, desired);
        var group = (await connection.CreateScimClient().FindGroupsAsync("displayName eq \"Resumable\"", withMembers: true, CancellationToken.None)).Single();
        Assert.Equal(Members, group.MemberIds.Distinct().Count());

        fixture.Sandbox.ResetStats();
        var again = await new GroupSync(connection, new Observer(_ => { })).RunAsync(Request(desired), CancellationToken.None);
        Assert.Empty(again.Changes);
        Assert.Equal(0, fixture.Sandbox.GetStats().Writes);
    }

    [Theory]
    [MemberData(nameof(PagingProfiles))]
    public async Task Under_mixed_faults_a_sync_stopped_at_ten_random_points_converges_without_duplicates(ScimPaging paging)
    {
        await using var fixture = await SandboxFixture.StartAsync(seed: 8, paging);
        using var connection = fixture.ConnectScim();
        var desired = DesiredMembers(500);
        fixture.Sandbox.SetFaults(new FaultOptions
        {
            Seed = 8,
            ServiceUnavailableRate = 0.04,
            DropConnectionRate = 0.03,
            LostResponseRate = 0.03,
            RateLimitPerSecond = 400,
            RetryAfterSeconds = 0,
        });

        var random = new Random(10);
        for (var stop = 0; stop < 10; stop++)
        {
            var stopAfter = random.Next(1, 120);
            using var cancel = new CancellationTokenSource();
            var observer = new Observer(step => { if (step >= stopAfter) { cancel.Cancel(); } });
            try
            {
                await new GroupSync(connection, observer).RunAsync(Request(desired), cancel.Token);
            }
            catch (OperationCanceledException)
            {
                // Stopped midway, as intended; the next run picks up from here.
            }
        }

        var finish = await new GroupSync(connection, new Observer(_ => { })).RunAsync(Request(desired), CancellationToken.None);
        Assert.Equal(0, finish.Failed);
        Assert.True(fixture.Sandbox.GetStats().InjectedFaults.Values.Sum() > 0, "faults were injected");

        fixture.Sandbox.SetFaults(new FaultOptions());
        AssertTenantHoldsExactly(fixture, desired);
        var group = (await connection.CreateScimClient().FindGroupsAsync("displayName eq \"Resumable\"", withMembers: true, CancellationToken.None)).Single();
        Assert.Equal(desired.Count, group.MemberIds.Count);

        fixture.Sandbox.ResetStats();
        Assert.Empty((await new GroupSync(connection, new Observer(_ => { })).RunAsync(Request(desired), CancellationToken.None)).Changes);
        Assert.Equal(0, fixture.Sandbox.GetStats().Writes);
    }

    /// <summary>Read from the tenant itself, not through a listing a paging-dishonest server cannot give whole.</summary>
    private static void AssertTenantHoldsExactly(SandboxFixture fixture, IReadOnlyList<UserDraft> desired)
    {
        var stored = fixture.Sandbox.GetSuperOfficeUsers().Where(u => !u.Deleted).Select(u => u.UserName).ToList();
        Assert.Equal(desired.Select(d => d.UserName).Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
    }

    private static GroupSyncRequest Request(IReadOnlyList<UserDraft> members) =>
        new("Resumable", members) { GroupId = "5b2f7f55-1f7e-4c9b-a8c4-d3c2b1a09e77", MembershipBatchSize = 100 };

    private static List<UserDraft> DesiredMembers(int count = Members)
    {
        var random = new Random(20261123);
        return Enumerable.Range(1, count).Select(i => UserInputReader.Read(
            new Dictionary<string, object?>
            {
                ["UserName"] = $"member{i:0000}@contoso.example",
                ["ExternalId"] = new Guid(Enumerable.Range(0, 16).Select(_ => (byte)random.Next(256)).ToArray()).ToString(),
                ["GivenName"] = $"Member{i}",
                ["Surname"] = "Resume",
                ["Enabled"] = true,
            },
            i,
            null,
            requireUserName: true)).ToList();
    }

    private sealed class Observer(Action<int> onStep) : IOperationHost<SyncChange>
    {
        private int _steps;

        public WriteDecision Confirm(string target, string action) => WriteDecision.Write;

        public void Report(SyncChange result)
        {
        }

        public void Failed(SyncChange result, SoException error)
        {
        }

        public void Progress(string activity, int done, int total)
        {
            if (activity.StartsWith("Syncing", StringComparison.Ordinal))
            {
                onStep(Interlocked.Increment(ref _steps));
            }
        }
    }
}

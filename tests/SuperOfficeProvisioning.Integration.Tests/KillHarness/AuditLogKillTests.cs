using Xunit;
using Xunit.Abstractions;

namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

/// <summary>
/// After each kill and re-run of <see cref="WriterKillTests"/> (the same trials, run once), the audit log accounts for
/// every change in the tenant, is written ahead of each change, and parses line by line (a line torn by the kill
/// only at the end of its run).
/// </summary>
[Collection(KillHarnessCollection.Name)]
public sealed class AuditLogKillTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(KillTrial.Numbers), MemberType = typeof(KillTrial))]
    public Task New_SoUser_log_accounts_for_every_user_and_membership_after_a_kill(int trial) => AssertLogAsync("New-SoUser", trial);

    [Theory]
    [MemberData(nameof(KillTrial.Numbers), MemberType = typeof(KillTrial))]
    public Task Sync_SoGroup_log_accounts_for_every_user_membership_and_the_group_after_a_kill(int trial) => AssertLogAsync("Sync-SoGroup", trial);

    [Theory]
    [MemberData(nameof(KillTrial.Numbers), MemberType = typeof(KillTrial))]
    public Task Install_SoApplication_log_accounts_for_every_object_and_claims_no_hand_made_one_after_a_kill(int trial) =>
        AssertLogAsync("Install-SoApplication", trial);

    private async Task AssertLogAsync(string command, int trial)
    {
        var result = await KillTrial.RunAsync(command, trial);
        output.WriteLine(result.Summary);
        Assert.True(result.Killed, $"The kill did not land: {result.Summary}");

        var problems = AuditLogExpectations.Check(command, result.LogText, result.Tenant.Changes, result.Tenant.Untouchable);
        Assert.True(problems.Count == 0, $"{result.Summary}\n{string.Join("\n", problems)}");
    }
}

using Xunit;
using Xunit.Abstractions;

namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

/// <summary>
/// Each writer, SIGKILLed in real pwsh after a seeded number of writes and then run again, leaves the tenant as one
/// uninterrupted run would: no duplicate, nothing missing, nothing foreign touched.
/// </summary>
[Collection(KillHarnessCollection.Name)]
public sealed class WriterKillTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(KillTrial.Numbers), MemberType = typeof(KillTrial))]
    public Task New_SoUser_into_a_group_killed_and_run_again_leaves_every_user_once_and_in_the_group(int trial) =>
        AssertTenantAsync("New-SoUser", trial);

    [Theory]
    [MemberData(nameof(KillTrial.Numbers), MemberType = typeof(KillTrial))]
    public Task Sync_SoGroup_killed_and_run_again_leaves_every_user_once_and_in_the_group(int trial) =>
        AssertTenantAsync("Sync-SoGroup", trial);

    [Theory]
    [MemberData(nameof(KillTrial.Numbers), MemberType = typeof(KillTrial))]
    public Task Install_SoApplication_killed_and_run_again_leaves_each_object_once_and_hand_made_panels_alone(int trial) =>
        AssertTenantAsync("Install-SoApplication", trial);

    private async Task AssertTenantAsync(string command, int trial)
    {
        var result = await KillTrial.RunAsync(command, trial);
        output.WriteLine(result.Summary);
        foreach (var problem in AuditLogExpectations.Check(command, result.LogText, result.Tenant.Changes, result.Tenant.Untouchable))
        {
            output.WriteLine("audit log (not asserted here): " + problem);
        }

        Assert.True(result.Killed, $"The kill did not land: {result.Summary}\n{result.KilledRunOutput}");
        Assert.True(result.RerunExitCode == 0, $"The re-run did not finish: {result.Summary}\n{result.RerunOutput}");
        Assert.True(result.Tenant.Problems.Count == 0, $"{result.Summary}\n{string.Join("\n", result.Tenant.Problems)}");
    }
}

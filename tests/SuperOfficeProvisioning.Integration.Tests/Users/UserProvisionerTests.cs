using SuperOfficeProvisioning.Engine.Hosting;
using SuperOfficeProvisioning.Engine.Users;
using SuperOfficeProvisioning.Sandbox;
using Xunit;

namespace SuperOfficeProvisioning.Integration.Tests.Users;

/// <summary>
/// The user provisioner against the sandbox's SCIM gateway: a batch is planned from one read of the tenant,
/// confirmed, then applied; a create whose answer was lost is adopted, not repeated; Bulk is used where offered.
/// </summary>
public sealed class UserProvisionerTests
{
    [Fact]
    public async Task Planning_reads_the_tenant_and_writes_nothing_until_the_plan_is_applied()
    {
        await using var fixture = await SandboxFixture.StartAsync(seed: 21);
        using var connection = fixture.ConnectScim();
        var host = new RecordingHost<UserOutcome>();
        var provisioner = new UserProvisioner(connection, host, throttleLimit: 4);
        await CreateAsync(provisioner, host, Drafts("existing"));
        fixture.Sandbox.ResetStats();

        var plan = await provisioner.PlanCreateAsync(Requests(Drafts("existing", "new1", "new2")), CancellationToken.None);

        Assert.Equal(0, fixture.Sandbox.GetStats().Writes);
        Assert.Equal(new[] { UserChangeKind.Fail, UserChangeKind.Create, UserChangeKind.Create }, plan.Changes.Select(c => c.Kind));
        Assert.Equal("UserAlreadyExists", plan.Changes[0].Error!.ErrorId);
        Assert.Equal(new[] { "Create SuperOffice user", "Create SuperOffice user" }, plan.Writes.Select(c => c.Action));

        plan.Confirm(host);
        await provisioner.ApplyAsync(plan, CancellationToken.None);

        Assert.Equal(new[] { "new1@contoso.example", "new2@contoso.example" }, host.Reported.Skip(1).Select(o => o.User!.UserName).Order());
        Assert.Equal("UserAlreadyExists", Assert.Single(host.Failures).Error.ErrorId);
        Assert.Equal(3, fixture.Sandbox.GetSuperOfficeUsers().Count);
    }

    [Fact]
    public async Task Under_WhatIf_the_plan_is_asked_about_and_nothing_is_sent()
    {
        await using var fixture = await SandboxFixture.StartAsync(seed: 22);
        using var connection = fixture.ConnectScim();
        var host = new RecordingHost<UserOutcome>(WriteDecision.WhatIf);
        var provisioner = new UserProvisioner(connection, host, throttleLimit: 4);

        var plan = await provisioner.PlanCreateAsync(Requests(Drafts("a", "b")), CancellationToken.None);
        plan.Confirm(host);
        await provisioner.ApplyAsync(plan, CancellationToken.None);

        Assert.Equal(2, host.Asked.Count);
        Assert.Empty(host.Reported);
        Assert.Equal(0, fixture.Sandbox.GetStats().Writes);
        Assert.Empty(fixture.Sandbox.GetSuperOfficeUsers());
    }

    [Fact]
    public async Task Only_changed_attributes_are_sent_and_a_user_already_as_asked_costs_no_write()
    {
        await using var fixture = await SandboxFixture.StartAsync(seed: 23);
        using var connection = fixture.ConnectScim();
        var host = new RecordingHost<UserOutcome>();
        var provisioner = new UserProvisioner(connection, host, throttleLimit: 4);
        await CreateAsync(provisioner, host, Drafts("same", "moved"));
        fixture.Sandbox.ResetStats();

        var edited = new[] { Draft("same", "Sales"), Draft("moved", "Support") };
        var plan = await provisioner.PlanUpdateAsync(edited, CancellationToken.None);

        Assert.Equal(new[] { UserChangeKind.Unchanged, UserChangeKind.Update }, plan.Changes.Select(c => c.Kind));
        Assert.Equal(new[] { "Department" }, plan.Changes[1].ChangedFields);
        plan.Confirm(host);
        await provisioner.ApplyAsync(plan, CancellationToken.None);
        Assert.Equal(1, fixture.Sandbox.GetStats().Writes);
    }

    [Fact]
    public async Task A_create_whose_answer_was_lost_is_adopted_on_the_retry_not_made_twice()
    {
        await using var fixture = await SandboxFixture.StartAsync(seed: 24);
        using var connection = fixture.ConnectScim();
        var host = new RecordingHost<UserOutcome>();
        var provisioner = new UserProvisioner(connection, host, throttleLimit: 1);
        fixture.Sandbox.SetFaults(new FaultOptions { Script = { new ScriptedFault { Route = "POST " + fixture.Sandbox.Details.ScimUrl.AbsolutePath.TrimEnd('/') + "/Users", Kind = FaultKind.LostResponse, Count = 1 } } });

        await CreateAsync(provisioner, host, Drafts("lost"));

        Assert.Equal(1, fixture.Sandbox.GetStats().InjectedFaults["LostResponse"]);
        Assert.Empty(host.Failures);
        Assert.Equal("lost@contoso.example", Assert.Single(host.Reported).User!.UserName);
        Assert.Single(fixture.Sandbox.GetSuperOfficeUsers());
    }

    [Fact]
    public async Task Where_the_gateway_offers_Bulk_a_batch_is_created_in_one_request()
    {
        await using var fixture = await SandboxFixture.StartAsync(seed: 25, bulk: true);
        using var connection = fixture.ConnectScim();
        var host = new RecordingHost<UserOutcome>();
        var provisioner = new UserProvisioner(connection, host, throttleLimit: 4);
        var drafts = Drafts(Enumerable.Range(1, 15).Select(i => "bulk" + i).ToArray());

        await CreateAsync(provisioner, host, drafts);

        Assert.Empty(host.Failures);
        Assert.Equal(15, host.Reported.Count);
        Assert.Equal(1, fixture.Sandbox.GetStats().Writes);
        Assert.Equal(15, fixture.Sandbox.GetSuperOfficeUsers().Count);
    }

    [Fact]
    public async Task Remove_plans_a_de_provision_for_the_active_and_nothing_for_the_already_disabled()
    {
        await using var fixture = await SandboxFixture.StartAsync(seed: 26);
        using var connection = fixture.ConnectScim();
        var host = new RecordingHost<UserOutcome>();
        var provisioner = new UserProvisioner(connection, host, throttleLimit: 4);
        await CreateAsync(provisioner, host, Drafts("leaving"));
        var first = await provisioner.PlanRemoveAsync(Drafts("leaving"), delete: false, CancellationToken.None);
        first.Confirm(host);
        await provisioner.ApplyAsync(first, CancellationToken.None);
        fixture.Sandbox.ResetStats();

        var again = await provisioner.PlanRemoveAsync(Drafts("leaving", "unknown"), delete: false, CancellationToken.None);

        Assert.Equal(UserChangeKind.Disable, Assert.Single(first.Changes).Kind);
        Assert.Equal(new[] { UserChangeKind.Unchanged, UserChangeKind.Fail }, again.Changes.Select(c => c.Kind));
        Assert.Equal("UserNotFound", again.Changes[1].Error!.ErrorId);
        Assert.Empty(again.Writes);
        Assert.False(Assert.Single(fixture.Sandbox.GetSuperOfficeUsers()).Active);
    }

    private static async Task CreateAsync(UserProvisioner provisioner, RecordingHost<UserOutcome> host, IReadOnlyList<UserDraft> drafts)
    {
        var plan = await provisioner.PlanCreateAsync(Requests(drafts), CancellationToken.None);
        plan.Confirm(host);
        await provisioner.ApplyAsync(plan, CancellationToken.None);
    }

    private static IReadOnlyList<(UserDraft, IReadOnlyList<string>)> Requests(IReadOnlyList<UserDraft> drafts) =>
        drafts.Select(d => (d, (IReadOnlyList<string>)Array.Empty<string>())).ToList();

    private static List<UserDraft> Drafts(params string[] names) => names.Select(name => Draft(name, "Sales")).ToList();

    private static UserDraft Draft(string name, string department) => UserInputReader.Read(
        new Dictionary<string, object?>
        {
            ["UserName"] = name + "@contoso.example",
            ["ExternalId"] = "oid-" + name,
            ["GivenName"] = name,
            ["Surname"] = "Tester",
            ["Department"] = department,
        },
        1,
        null,
        requireUserName: true);
}

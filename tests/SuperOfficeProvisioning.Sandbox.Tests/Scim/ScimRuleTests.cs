using System.Net;
using SuperOfficeProvisioning.Sandbox.Scim;
using SuperOfficeProvisioning.Sandbox.Tests.Scim.Support;

namespace SuperOfficeProvisioning.Sandbox.Tests.Scim;

/// <summary>SCIM rules seen through the SuperOffice projection, driven over HTTP as Entra would drive them.</summary>
public sealed class ScimRuleTests
{
    private const string SalesPlan = "SuperOffice CRM Sales Premium";

    private static void Configure(ScimGatewayOptions options) => options.Rules =
    [
        new ScimRule
        {
            Name = "Everyone",
            Role = new() { Value = "Standard user", Mode = ScimRuleMode.OnlyIfNotSet },
            OwnerCompany = new() { Value = "Contoso AS", Mode = ScimRuleMode.OnlyIfNotSet },
        },
        new ScimRule
        {
            Name = "Sales",
            AppliesTo = ScimRuleScope.UsersInGroup,
            Group = "SuperOffice Sales",
            Role = new() { Value = "Sales rep", Mode = ScimRuleMode.Always },
            UserPlan = new() { Value = SalesPlan, Mode = ScimRuleMode.Always },
            PrimaryGroup = new() { Value = "Sales", Mode = ScimRuleMode.Always },
            SecondaryGroups = new() { Value = ["Nordic", "Key accounts"], Mode = ScimRuleMode.Always },
        },
        new ScimRule
        {
            Name = "Not staff",
            AppliesTo = ScimRuleScope.UsersNotInGroup,
            Group = "Staff",
            Confidential = new() { Value = true, Mode = ScimRuleMode.Always },
        },
    ];

    [Fact]
    public async Task A_user_no_active_rule_covers_is_held_by_the_gateway_but_reaches_SuperOffice_only_once_one_does()
    {
        await using var server = await ScimServer.StartAsync(options => options.Rules =
        [
            new ScimRule { Name = "Sales", AppliesTo = ScimRuleScope.UsersInGroup, Group = "SuperOffice Sales" },
            new ScimRule { Name = "Switched off", Active = false, Role = new() { Value = "Ghost", Mode = ScimRuleMode.Always } },
        ]);
        var user = await server.Client.CreateUserAsync("outside@contoso.com");
        var sales = await server.Client.CreateGroupAsync("SuperOffice Sales");

        Assert.Empty(server.SuperOfficeUsers());
        Assert.Equal("outside@contoso.com", (await server.Client.GetJsonAsync($"Users/{user.Id()}"))["userName"]!.GetValue<string>());

        await AddMemberAsync(server, sales.Id(), user.Id());

        var reached = Assert.Single(server.SuperOfficeUsers());
        Assert.Equal("outside@contoso.com", reached.UserName);
        Assert.Null(reached.Role); // the deactivated rule sets nothing
    }

    [Fact]
    public async Task With_user_sync_off_no_user_reaches_SuperOffice()
    {
        await using var server = await ScimServer.StartAsync(options => options.UserSyncActive = false);

        await server.Client.CreateUserAsync("held@contoso.com");

        Assert.Empty(server.SuperOfficeUsers());
    }

    [Fact]
    public async Task Without_rules_the_gateway_holds_users_and_SuperOffice_gets_none()
    {
        await using var server = await ScimServer.StartAsync(options => options.Rules = []);

        await server.Client.CreateUserAsync("nobody@contoso.com");

        Assert.Empty(server.SuperOfficeUsers());
    }

    [Fact]
    public async Task Joining_a_group_a_rule_targets_gives_its_role_and_user_plan()
    {
        await using var server = await ScimServer.StartAsync(Configure);
        var user = await server.Client.CreateUserAsync("rep@contoso.com", extra: "\"displayName\":\"Rep One\",\"emails\":[{\"value\":\"rep@contoso.com\",\"type\":\"work\",\"primary\":true}]");
        var sales = await server.Client.CreateGroupAsync("SuperOffice Sales");

        var before = server.SuperOfficeUsers().Single();
        Assert.Equal(("Standard user", "Contoso AS", true), (before.Role, before.OwnerCompany, before.Confidential));
        Assert.Empty(before.LicenseOwners);

        await AddMemberAsync(server, sales.Id(), user.Id());

        var after = server.SuperOfficeUsers().Single();
        Assert.Equal(before.AssociateId, after.AssociateId);
        Assert.Equal(("rep@contoso.com", "Rep One", "rep@contoso.com"), (after.UserName, after.Name, after.Email));
        Assert.Equal(("Sales rep", "Sales"), (after.Role, after.UserGroup));
        Assert.Equal([SalesPlan], after.LicenseOwners);
        Assert.Equal(["Nordic", "Key accounts"], after.OtherGroups);
        Assert.True(after.Active);
    }

    [Fact]
    public async Task Leaving_the_group_withdraws_the_rules_Always_values()
    {
        await using var server = await ScimServer.StartAsync(Configure);
        var user = await server.Client.CreateUserAsync("rep@contoso.com");
        var sales = await server.Client.CreateGroupAsync("SuperOffice Sales", user.Id());
        Assert.Equal("Sales rep", server.SuperOfficeUsers().Single().Role);

        await (await server.Client.PatchScimAsync($"Groups/{sales.Id()}", $$"""
            [{"op":"Remove","path":"members","value":[{"value":"{{user.Id()}}"}]}]
            """)).ExpectAsync(HttpStatusCode.NoContent);

        var after = server.SuperOfficeUsers().Single();
        Assert.Equal("Standard user", after.Role);
        Assert.Null(after.UserGroup);
        Assert.Empty(after.OtherGroups);
        Assert.Empty(after.LicenseOwners);
        Assert.Equal("Contoso AS", after.OwnerCompany);
    }

    [Fact]
    public async Task Renaming_or_deleting_the_targeted_group_reruns_the_rules()
    {
        await using var server = await ScimServer.StartAsync(Configure);
        var user = await server.Client.CreateUserAsync("rep@contoso.com");
        var sales = await server.Client.CreateGroupAsync("SuperOffice Sales", user.Id());

        await (await server.Client.PatchScimAsync($"Groups/{sales.Id()}", """[{"op":"Replace","path":"displayName","value":"Former Sales"}]"""))
            .ExpectAsync(HttpStatusCode.NoContent);
        Assert.Empty(server.SuperOfficeUsers().Single().LicenseOwners);

        await (await server.Client.PatchScimAsync($"Groups/{sales.Id()}", """[{"op":"Replace","path":"displayName","value":"SuperOffice Sales"}]"""))
            .ExpectAsync(HttpStatusCode.NoContent);
        Assert.Equal([SalesPlan], server.SuperOfficeUsers().Single().LicenseOwners);

        await (await server.Client.DeleteAsync($"Groups/{sales.Id()}")).ExpectAsync(HttpStatusCode.NoContent);
        Assert.Equal("Standard user", server.SuperOfficeUsers().Single().Role);
    }

    [Fact]
    public async Task Deactivation_frees_the_licence_but_keeps_the_user_and_reactivation_restores_it()
    {
        await using var server = await ScimServer.StartAsync(Configure);
        var user = await server.Client.CreateUserAsync("rep@contoso.com");
        await server.Client.CreateGroupAsync("SuperOffice Sales", user.Id());

        await (await server.Client.PatchScimAsync($"Users/{user.Id()}", """[{"op":"Replace","path":"active","value":"False"}]"""))
            .ExpectAsync(HttpStatusCode.OK);

        var inactive = server.SuperOfficeUsers().Single();
        Assert.Equal((false, false, "Sales rep"), (inactive.Active, inactive.Deleted, inactive.Role));
        Assert.Empty(inactive.LicenseOwners);

        await (await server.Client.PatchScimAsync($"Users/{user.Id()}", """[{"op":"Replace","path":"active","value":"True"}]"""))
            .ExpectAsync(HttpStatusCode.OK);
        Assert.Equal([SalesPlan], server.SuperOfficeUsers().Single().LicenseOwners);
    }

    [Fact]
    public async Task Delete_marks_the_associate_deleted_and_frees_the_licence()
    {
        await using var server = await ScimServer.StartAsync(Configure);
        var user = await server.Client.CreateUserAsync("rep@contoso.com");
        await server.Client.CreateGroupAsync("SuperOffice Sales", user.Id());
        var associateId = server.SuperOfficeUsers().Single().AssociateId;

        await (await server.Client.DeleteAsync($"Users/{user.Id()}")).ExpectAsync(HttpStatusCode.NoContent);

        var deleted = server.SuperOfficeUsers().Single();
        Assert.Equal((associateId, true, false), (deleted.AssociateId, deleted.Deleted, deleted.Active));
        Assert.Empty(deleted.LicenseOwners);
    }

    [Fact]
    public async Task Membership_of_the_except_group_lifts_the_except_rule()
    {
        await using var server = await ScimServer.StartAsync(Configure);
        var user = await server.Client.CreateUserAsync("employee@contoso.com");
        Assert.True(server.SuperOfficeUsers().Single().Confidential);

        await server.Client.CreateGroupAsync("Staff", user.Id());

        Assert.False(server.SuperOfficeUsers().Single().Confidential);
    }

    private static async Task AddMemberAsync(ScimServer server, string groupId, string userId) =>
        await (await server.Client.PatchScimAsync($"Groups/{groupId}", $$"""
            [{"op":"Add","path":"members","value":[{"value":"{{userId}}"}]}]
            """)).ExpectAsync(HttpStatusCode.NoContent);
}

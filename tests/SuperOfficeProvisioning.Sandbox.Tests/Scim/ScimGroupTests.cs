using System.Net;
using SuperOfficeProvisioning.Sandbox.Tests.Scim.Support;
using static SuperOfficeProvisioning.Sandbox.Tests.Scim.Support.ScimHttpExtensions;

namespace SuperOfficeProvisioning.Sandbox.Tests.Scim;

public sealed class ScimGroupTests
{
    [Fact]
    public async Task A_group_shows_its_members_unless_they_are_excluded()
    {
        await using var server = await ScimServer.StartAsync();
        var alice = await server.Client.CreateUserAsync("alice@contoso.com", extra: "\"displayName\":\"Alice\"");
        var bob = await server.Client.CreateUserAsync("bob@contoso.com");
        var group = await server.Client.CreateGroupAsync("SuperOffice Sales", alice.Id(), bob.Id());

        var fetched = await server.Client.GetJsonAsync($"Groups/{group.Id()}");
        Assert.Equal("SuperOffice Sales", fetched["displayName"]!.GetValue<string>());
        var members = fetched["members"]!.AsArray();
        Assert.Equal([alice.Id(), bob.Id()], members.Select(member => member!["value"]!.GetValue<string>()));
        Assert.Equal(["Alice", "bob@contoso.com"], members.Select(member => member!["display"]!.GetValue<string>()));
        Assert.Equal(new Uri(server.ScimUrl, $"Users/{alice.Id()}").AbsoluteUri, members[0]!["$ref"]!.GetValue<string>());
        Assert.Equal(new Uri(server.ScimUrl, $"Groups/{group.Id()}").AbsoluteUri, fetched["meta"]!["location"]!.GetValue<string>());

        var slim = await server.Client.GetJsonAsync($"Groups/{group.Id()}?excludedAttributes=members");
        Assert.Null(slim["members"]);
        Assert.Equal("SuperOffice Sales", slim["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Entra_membership_patches_add_and_remove_members()
    {
        await using var server = await ScimServer.StartAsync();
        var alice = await server.Client.CreateUserAsync("alice@contoso.com");
        var bob = await server.Client.CreateUserAsync("bob@contoso.com");
        var carol = await server.Client.CreateUserAsync("carol@contoso.com");
        var group = await server.Client.CreateGroupAsync("Staff");

        await (await server.Client.PatchScimAsync($"Groups/{group.Id()}", $$"""
            [{"op":"Add","path":"members","value":[{"value":"{{alice.Id()}}"},{"value":"{{bob.Id()}}"},{"value":"{{carol.Id()}}"}]}]
            """)).ExpectAsync(HttpStatusCode.NoContent);
        Assert.Equal([alice.Id(), bob.Id(), carol.Id()], await MemberIdsAsync(server, group.Id()));

        await (await server.Client.PatchScimAsync($"Groups/{group.Id()}", $$"""
            [{"op":"Remove","path":"members","value":[{"value":"{{bob.Id()}}"}]}]
            """)).ExpectAsync(HttpStatusCode.NoContent);
        await (await server.Client.PatchScimAsync($"Groups/{group.Id()}", $$"""
            [{"op":"remove","path":"members[value eq \"{{carol.Id()}}\"]"}]
            """)).ExpectAsync(HttpStatusCode.NoContent);

        Assert.Equal([alice.Id()], await MemberIdsAsync(server, group.Id()));
    }

    [Fact]
    public async Task Adding_a_member_twice_or_removing_a_non_member_is_a_no_op()
    {
        await using var server = await ScimServer.StartAsync();
        var alice = await server.Client.CreateUserAsync("alice@contoso.com");
        var bob = await server.Client.CreateUserAsync("bob@contoso.com");
        var group = await server.Client.CreateGroupAsync("Staff", alice.Id());
        var before = await server.Client.GetJsonAsync($"Groups/{group.Id()}");

        await (await server.Client.PatchScimAsync($"Groups/{group.Id()}", $$"""
            [{"op":"Add","path":"members","value":[{"value":"{{alice.Id()}}"}]},
             {"op":"Remove","path":"members","value":[{"value":"{{bob.Id()}}"}]}]
            """)).ExpectAsync(HttpStatusCode.NoContent);

        var after = await server.Client.GetJsonAsync($"Groups/{group.Id()}");
        Assert.Equal(before.ToJsonString(), after.ToJsonString());
    }

    [Fact]
    public async Task Adding_an_unknown_user_answers_400_invalidValue_and_changes_nothing()
    {
        await using var server = await ScimServer.StartAsync();
        var alice = await server.Client.CreateUserAsync("alice@contoso.com");
        var group = await server.Client.CreateGroupAsync("Staff");

        await (await server.Client.PatchScimAsync($"Groups/{group.Id()}", $$"""
            [{"op":"Add","path":"members","value":[{"value":"{{alice.Id()}}"},{"value":"no-such-user"}]}]
            """)).ExpectScimErrorAsync(HttpStatusCode.BadRequest, "invalidValue");
        await (await server.Client.PostScimAsync("Groups", $$"""
            {"schemas":["{{GroupSchema}}"],"displayName":"Other","members":[{"value":"no-such-user"}]}
            """)).ExpectScimErrorAsync(HttpStatusCode.BadRequest, "invalidValue");

        Assert.Empty(await MemberIdsAsync(server, group.Id()));
    }

    [Fact]
    public async Task Groups_are_found_by_displayName_externalId_and_member()
    {
        await using var server = await ScimServer.StartAsync();
        var alice = await server.Client.CreateUserAsync("alice@contoso.com");
        var sales = (await (await server.Client.PostScimAsync("Groups", $$"""
            {"schemas":["{{GroupSchema}}"],"displayName":"SuperOffice Sales","externalId":"entra-group-1","members":[{"value":"{{alice.Id()}}"}]}
            """)).ExpectAsync(HttpStatusCode.Created))!;
        await server.Client.CreateGroupAsync("SuperOffice Support");

        Assert.Equal([sales.Id()], await FindAsync(server, "displayName eq \"superoffice sales\""));
        Assert.Equal([sales.Id()], await FindAsync(server, "externalId eq \"entra-group-1\""));
        Assert.Equal([sales.Id()], await FindAsync(server, $"members.value eq \"{alice.Id()}\""));
        Assert.Equal([sales.Id()], await FindAsync(server, $"id eq \"{sales.Id()}\" and members eq \"{alice.Id()}\""));
        Assert.Equal(2, (await FindAsync(server, "displayName sw \"SuperOffice\"")).Count);

        var listed = await server.Client.GetJsonAsync("Groups?filter=" + Uri.EscapeDataString("displayName eq \"SuperOffice Sales\"") + "&excludedAttributes=members");
        Assert.Null(listed["Resources"]![0]!["members"]);
    }

    [Fact]
    public async Task Group_names_and_externalIds_are_unique()
    {
        await using var server = await ScimServer.StartAsync();
        await server.Client.CreateGroupAsync("Staff");

        await (await server.Client.PostScimAsync("Groups", $$"""{"schemas":["{{GroupSchema}}"],"displayName":"STAFF"}"""))
            .ExpectScimErrorAsync(HttpStatusCode.Conflict, "uniqueness");
        await (await server.Client.PostScimAsync("Groups", $$"""{"schemas":["{{GroupSchema}}"]}"""))
            .ExpectScimErrorAsync(HttpStatusCode.BadRequest, "invalidValue");
    }

    [Fact]
    public async Task Patch_renames_and_answers_200_with_the_group_when_attributes_are_asked_for()
    {
        await using var server = await ScimServer.StartAsync();
        var alice = await server.Client.CreateUserAsync("alice@contoso.com");
        var group = await server.Client.CreateGroupAsync("Staff", alice.Id());

        var renamed = (await (await server.Client.PatchScimAsync($"Groups/{group.Id()}?excludedAttributes=members",
            """[{"op":"Replace","path":"displayName","value":"All staff"}]""")).ExpectAsync(HttpStatusCode.OK))!;

        Assert.Equal("All staff", renamed["displayName"]!.GetValue<string>());
        Assert.Null(renamed["members"]);
        Assert.Equal([alice.Id()], await MemberIdsAsync(server, group.Id()));
    }

    [Fact]
    public async Task Put_replaces_the_member_list_and_delete_answers_204()
    {
        await using var server = await ScimServer.StartAsync();
        var alice = await server.Client.CreateUserAsync("alice@contoso.com");
        var bob = await server.Client.CreateUserAsync("bob@contoso.com");
        var group = await server.Client.CreateGroupAsync("Staff", alice.Id());

        await (await server.Client.PutScimAsync($"Groups/{group.Id()}", $$"""
            {"schemas":["{{GroupSchema}}"],"displayName":"Staff","members":[{"value":"{{bob.Id()}}"}]}
            """)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal([bob.Id()], await MemberIdsAsync(server, group.Id()));

        await (await server.Client.DeleteAsync($"Groups/{group.Id()}")).ExpectAsync(HttpStatusCode.NoContent);
        await (await server.Client.GetAsync($"Groups/{group.Id()}")).ExpectScimErrorAsync(HttpStatusCode.NotFound, null);
    }

    [Fact]
    public async Task Deleting_a_user_removes_it_from_its_groups()
    {
        await using var server = await ScimServer.StartAsync();
        var alice = await server.Client.CreateUserAsync("alice@contoso.com");
        var bob = await server.Client.CreateUserAsync("bob@contoso.com");
        var group = await server.Client.CreateGroupAsync("Staff", alice.Id(), bob.Id());

        await (await server.Client.DeleteAsync($"Users/{alice.Id()}")).ExpectAsync(HttpStatusCode.NoContent);

        Assert.Equal([bob.Id()], await MemberIdsAsync(server, group.Id()));
    }

    private static async Task<List<string>> MemberIdsAsync(ScimServer server, string groupId) =>
        ((await server.Client.GetJsonAsync($"Groups/{groupId}"))["members"]?.AsArray() ?? [])
            .Select(member => member!["value"]!.GetValue<string>()).ToList();

    private static async Task<List<string>> FindAsync(ScimServer server, string filter)
    {
        var list = await server.Client.GetJsonAsync("Groups?filter=" + Uri.EscapeDataString(filter));
        return list["Resources"]!.AsArray().Select(resource => resource!.Id()).ToList();
    }
}

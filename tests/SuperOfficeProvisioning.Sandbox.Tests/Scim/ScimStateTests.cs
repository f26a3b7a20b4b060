using System.Net;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim;
using SuperOfficeProvisioning.Sandbox.Tests.Scim.Support;
using static SuperOfficeProvisioning.Sandbox.Tests.Scim.Support.ScimHttpExtensions;

namespace SuperOfficeProvisioning.Sandbox.Tests.Scim;

public sealed class ScimStateTests
{
    [Fact]
    public async Task Exported_state_imports_into_a_new_gateway_with_the_same_users_groups_and_associates()
    {
        ScimRule[] rules = [ScimRule.AllUsers(), new() { AppliesTo = ScimRuleScope.UsersInGroup, Group = "Sales", Role = new() { Value = "Sales rep" } }];
        await using var first = await ScimServer.StartStandaloneAsync(options => options.Rules = [.. rules]);
        var alice = await first.Client.CreateUserAsync("alice@contoso.com", "object-a");
        var bob = await first.Client.CreateUserAsync("bob@contoso.com");
        var group = await first.Client.CreateGroupAsync("Sales", alice.Id());
        await (await first.Client.DeleteAsync($"Users/{bob.Id()}")).ExpectAsync(HttpStatusCode.NoContent);

        var state = JsonNode.Parse(first.Gateway.ExportState().ToJsonString())!.AsObject();
        await using var second = await ScimServer.StartStandaloneAsync(options => options.Rules = [.. rules]);
        second.Gateway.ImportState(state);

        Assert.Equal(
            (await first.Client.GetJsonAsync($"Users/{alice.Id()}"))["meta"]!["lastModified"]!.GetValue<string>(),
            (await second.Client.GetJsonAsync($"Users/{alice.Id()}"))["meta"]!["lastModified"]!.GetValue<string>());
        Assert.Equal([alice.Id()], (await second.Client.GetJsonAsync($"Groups/{group.Id()}"))["members"]!.AsArray()
            .Select(member => member!["value"]!.GetValue<string>()));
        Assert.Equal(
            first.SuperOfficeUsers().Select(Describe),
            second.SuperOfficeUsers().Select(Describe));

        var carol = await second.Client.CreateUserAsync("carol@contoso.com");
        Assert.True(second.SuperOfficeUsers().Single(user => user.UserName == "carol@contoso.com").AssociateId >
                    first.SuperOfficeUsers().Max(user => user.AssociateId));
        Assert.NotEqual(alice.Id(), carol.Id());
    }

    [Fact]
    public async Task StateChanged_is_raised_for_changes_only_and_once_per_bulk_request()
    {
        await using var server = await ScimServer.StartStandaloneAsync();

        var user = await server.Client.CreateUserAsync("alice@contoso.com");
        var group = await server.Client.CreateGroupAsync("Staff", user.Id());
        Assert.Equal(2, server.StateChanges);

        await server.Client.GetJsonAsync($"Users/{user.Id()}");
        await server.Client.GetJsonAsync("Users?filter=" + Uri.EscapeDataString("userName eq \"alice@contoso.com\""));
        await (await server.Client.PostScimAsync("Users", $$"""{"schemas":["{{UserSchema}}"],"userName":"ALICE@contoso.com"}"""))
            .ExpectScimErrorAsync(HttpStatusCode.Conflict, "uniqueness");
        await (await server.Client.PatchScimAsync($"Users/{user.Id()}", """[{"op":"Replace","path":"active","value":"True"}]"""))
            .ExpectAsync(HttpStatusCode.OK);
        await (await server.Client.PatchScimAsync($"Groups/{group.Id()}", $$"""[{"op":"Add","path":"members","value":[{"value":"{{user.Id()}}"}]}]"""))
            .ExpectAsync(HttpStatusCode.NoContent);
        Assert.Equal(2, server.StateChanges);

        await (await server.Client.PostScimAsync("Bulk", $$$"""
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],"Operations":[
              {"method":"POST","path":"/Users","bulkId":"b","data":{"schemas":["{{{UserSchema}}}"],"userName":"bob@contoso.com"}},
              {"method":"PATCH","path":"/Groups/{{{group.Id()}}}","data":{"schemas":["{{{PatchOpSchema}}}"],"Operations":[{"op":"add","path":"members","value":[{"value":"bulkId:b"}]}]}}]}
            """)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(3, server.StateChanges);
    }

    [Fact]
    public async Task A_group_of_100000_members_is_served_in_full_and_without_members_when_excluded()
    {
        const int memberCount = 100_000;
        await using var server = await ScimServer.StartStandaloneAsync();
        server.Gateway.ImportState(LargeState(memberCount));

        var slim = await server.Client.GetJsonAsync("Groups/big?excludedAttributes=members");
        Assert.Null(slim["members"]);

        var full = await server.Client.GetJsonAsync("Groups/big");
        var members = full["members"]!.AsArray();
        Assert.Equal(memberCount, members.Count);
        Assert.Equal("user99999@contoso.com", members[^1]!["display"]!.GetValue<string>());

        var found = await server.Client.GetJsonAsync("Users?filter=" + Uri.EscapeDataString("userName eq \"USER54321@contoso.com\""));
        Assert.Equal("u54321", found["Resources"]![0]!["id"]!.GetValue<string>());
        var byMember = await server.Client.GetJsonAsync("Groups?excludedAttributes=members&filter=" + Uri.EscapeDataString("members.value eq \"u77777\""));
        Assert.Equal(1, byMember["totalResults"]!.GetValue<int>());
    }

    private static string Describe(SuperOfficeUserProjection user) =>
        $"{user.AssociateId} {user.UserName} {user.Active} {user.Deleted} {user.Role} {string.Join('+', user.LicenseOwners)}";

    private static JsonObject LargeState(int count)
    {
        var users = new JsonArray();
        var members = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            users.Add(new JsonObject
            {
                ["associateId"] = 1001 + i,
                ["user"] = new JsonObject
                {
                    ["id"] = $"u{i}",
                    ["userName"] = $"user{i}@contoso.com",
                    ["active"] = true,
                    ["created"] = "2024-01-01T00:00:00Z",
                    ["lastModified"] = "2024-01-01T00:00:00Z",
                },
                ["fields"] = new JsonObject(),
            });
            members.Add($"u{i}");
        }

        return new JsonObject
        {
            ["format"] = 1,
            ["nextAssociateId"] = 1001 + count,
            ["users"] = users,
            ["groups"] = new JsonArray(new JsonObject
            {
                ["group"] = new JsonObject
                {
                    ["id"] = "big", ["displayName"] = "Everyone", ["created"] = "2024-01-01T00:00:00Z", ["lastModified"] = "2024-01-01T00:00:00Z",
                },
                ["members"] = members,
            }),
            ["deletedAssociates"] = new JsonArray(),
        };
    }
}

using System.Net;
using SuperOfficeProvisioning.Sandbox.Tests.Scim.Support;
using static SuperOfficeProvisioning.Sandbox.Tests.Scim.Support.ScimHttpExtensions;

namespace SuperOfficeProvisioning.Sandbox.Tests.Scim;

/// <summary>User PATCH requests in the shapes Microsoft Entra's provisioning service sends.</summary>
public sealed class ScimUserPatchTests(SharedScimServer shared) : IClassFixture<SharedScimServer>
{
    [Fact]
    public async Task Entra_attribute_updates_are_applied_and_returned()
    {
        await using var server = await ScimServer.StartAsync();
        var user = await server.Client.CreateUserAsync("patched@contoso.com", "object-1", """
            "emails":[{"primary":true,"type":"work","value":"patched@contoso.com"}],"name":{"givenName":"Pat","familyName":"Ched"}
            """);

        var patched = (await (await server.Client.PatchScimAsync($"Users/{user.Id()}", $$"""
            [
              {"op":"Replace","path":"displayName","value":"Pat Ched"},
              {"op":"Replace","path":"name.givenName","value":"Patricia"},
              {"op":"Add","path":"title","value":"Account Manager"},
              {"op":"Replace","path":"emails[type eq \"work\"].value","value":"patricia@contoso.com"},
              {"op":"Add","path":"phoneNumbers[type eq \"mobile\"].value","value":"+47 911 11 111"},
              {"op":"Add","path":"{{EnterpriseSchema}}:department","value":"Customer Success"},
              {"op":"Add","path":"{{EnterpriseSchema}}:manager","value":"{{user.Id()}}"}
            ]
            """)).ExpectAsync(HttpStatusCode.OK))!;

        Assert.Equal("Pat Ched", patched["displayName"]!.GetValue<string>());
        Assert.Equal("Patricia", patched["name"]!["givenName"]!.GetValue<string>());
        Assert.Equal("Account Manager", patched["title"]!.GetValue<string>());
        Assert.Equal("patricia@contoso.com", patched["emails"]![0]!["value"]!.GetValue<string>());
        Assert.Equal("mobile", patched["phoneNumbers"]![0]!["type"]!.GetValue<string>());
        Assert.Equal("Customer Success", patched[EnterpriseSchema]!["department"]!.GetValue<string>());
        Assert.Equal(user.Id(), patched[EnterpriseSchema]!["manager"]!["value"]!.GetValue<string>());
        Assert.Equal(patched.ToJsonString(), (await server.Client.GetJsonAsync($"Users/{user.Id()}")).ToJsonString());
    }

    [Theory]
    [InlineData("path", """[{"op":"Replace","path":"active","value":"False"}]""")]
    [InlineData("value", """[{"op":"replace","value":{"active":false}}]""")]
    [InlineData("add", """[{"op":"Add","value":{"active":"False"}}]""")]
    public async Task Soft_deprovisioning_sets_active_false(string form, string operations)
    {
        var userName = $"leaving.{form}@contoso.com";
        var user = await shared.Server.Client.CreateUserAsync(userName);

        var patched = (await (await shared.Server.Client.PatchScimAsync($"Users/{user.Id()}", operations)).ExpectAsync(HttpStatusCode.OK))!;

        Assert.False(patched["active"]!.GetValue<bool>());
        Assert.False(shared.Server.SuperOfficeUsers().Single(associate => associate.UserName == userName).Active);
    }

    [Fact]
    public async Task A_patch_that_changes_nothing_leaves_lastModified_alone()
    {
        await using var server = await ScimServer.StartAsync();
        var user = await server.Client.CreateUserAsync("same@contoso.com");

        var patched = (await (await server.Client.PatchScimAsync($"Users/{user.Id()}", """[{"op":"Replace","path":"active","value":"True"}]"""))
            .ExpectAsync(HttpStatusCode.OK))!;

        Assert.Equal(user["meta"]!["lastModified"]!.GetValue<string>(), patched["meta"]!["lastModified"]!.GetValue<string>());
    }

    [Fact]
    public async Task Renaming_to_a_taken_userName_answers_409_and_changes_nothing()
    {
        await using var server = await ScimServer.StartAsync();
        await server.Client.CreateUserAsync("first@contoso.com");
        var second = await server.Client.CreateUserAsync("second@contoso.com");

        await (await server.Client.PatchScimAsync($"Users/{second.Id()}", """
            [{"op":"Replace","path":"title","value":"Changed"},{"op":"Replace","path":"userName","value":"FIRST@contoso.com"}]
            """)).ExpectScimErrorAsync(HttpStatusCode.Conflict, "uniqueness");

        var unchanged = await server.Client.GetJsonAsync($"Users/{second.Id()}");
        Assert.Null(unchanged["title"]);
        Assert.Equal("second@contoso.com", unchanged["userName"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""[{"op":"Replace","path":"id","value":"new-id"}]""", "mutability")]
    [InlineData("""[{"op":"Replace","path":"favouriteColour","value":"blue"}]""", "invalidPath")]
    [InlineData("""[{"op":"Remove"}]""", "noTarget")]
    [InlineData("""[{"op":"Upsert","path":"title","value":"x"}]""", "invalidSyntax")]
    public async Task Invalid_patches_answer_400_with_the_RFC_error_type(string operations, string scimType)
    {
        var user = await shared.Server.Client.CreateUserAsync($"invalid.{scimType}@contoso.com");

        await (await shared.Server.Client.PatchScimAsync($"Users/{user.Id()}", operations)).ExpectScimErrorAsync(HttpStatusCode.BadRequest, scimType);
    }

    [Fact]
    public async Task A_patch_without_the_PatchOp_schema_answers_400_invalidSyntax()
    {
        await using var server = await ScimServer.StartAsync();
        var user = await server.Client.CreateUserAsync("schema@contoso.com");

        var response = await server.Client.PatchAsync($"Users/{user.Id()}",
            ScimContent("""{"Operations":[{"op":"replace","path":"active","value":false}]}"""));

        await response.ExpectScimErrorAsync(HttpStatusCode.BadRequest, "invalidSyntax");
    }
}

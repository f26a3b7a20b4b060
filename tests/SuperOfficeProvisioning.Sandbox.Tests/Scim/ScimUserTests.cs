using System.Net;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Tests.Scim.Support;
using static SuperOfficeProvisioning.Sandbox.Tests.Scim.Support.ScimHttpExtensions;

namespace SuperOfficeProvisioning.Sandbox.Tests.Scim;

public sealed class ScimUserTests(SharedScimServer shared) : IClassFixture<SharedScimServer>
{
    private const string EntraUser = $$"""
        {
          "schemas": ["{{UserSchema}}", "{{EnterpriseSchema}}"],
          "externalId": "0a21f0f2-8d2a-4f8e-bf98-7894e9d0d5b1",
          "userName": "Test_User_ab6490ee@contoso.com",
          "active": true,
          "displayName": "Test User",
          "title": "Sales Manager",
          "preferredLanguage": "nb-NO",
          "emails": [{ "primary": true, "type": "work", "value": "Test_User_ab6490ee@contoso.com" }],
          "phoneNumbers": [{ "type": "mobile", "value": "+47 900 00 001" }, { "type": "work", "value": "+47 22 00 00 00" }],
          "meta": { "resourceType": "User" },
          "name": { "formatted": "Test User", "familyName": "User", "givenName": "Test" },
          "{{EnterpriseSchema}}": { "department": "Sales", "employeeNumber": "1234" }
        }
        """;

    [Fact]
    public async Task Create_answers_201_with_Location_and_the_stored_user()
    {
        await using var server = await ScimServer.StartAsync();

        using var response = await server.Client.PostScimAsync("Users", EntraUser);
        var location = response.Headers.Location!;
        var user = (await response.ExpectAsync(HttpStatusCode.Created))!;

        Assert.False(string.IsNullOrEmpty(user.Id()));
        Assert.Equal(new Uri(server.ScimUrl, $"Users/{user.Id()}"), location);
        Assert.Equal(location.AbsoluteUri, user["meta"]!["location"]!.GetValue<string>());
        Assert.Equal("User", user["meta"]!["resourceType"]!.GetValue<string>());
        Assert.True(DateTimeOffset.Parse(user["meta"]!["created"]!.GetValue<string>()) <= DateTimeOffset.UtcNow);
        Assert.Equal("Test_User_ab6490ee@contoso.com", user["userName"]!.GetValue<string>());
        Assert.Equal("Test", user["name"]!["givenName"]!.GetValue<string>());
        Assert.Equal("+47 900 00 001", user["phoneNumbers"]!.AsArray().Single(phone => phone!["type"]!.GetValue<string>() == "mobile")!["value"]!.GetValue<string>());
        Assert.Equal("Sales", user[EnterpriseSchema]!["department"]!.GetValue<string>());

        var fetched = await server.Client.GetJsonAsync($"Users/{user.Id()}");
        Assert.True(JsonNode.DeepEquals(user, fetched));
    }

    [Theory]
    [InlineData("Test_User_ab6490ee@contoso.com", "other-external-id")]
    [InlineData("TEST_USER_AB6490EE@CONTOSO.COM", null)]
    [InlineData("someone.else@contoso.com", "0a21f0f2-8d2a-4f8e-bf98-7894e9d0d5b1")]
    public async Task A_duplicate_userName_or_externalId_answers_409_uniqueness(string userName, string? externalId)
    {
        await using var server = await ScimServer.StartAsync();
        await (await server.Client.PostScimAsync("Users", EntraUser)).ExpectAsync(HttpStatusCode.Created);

        var externalIdJson = externalId is null ? "" : $",\"externalId\":\"{externalId}\"";
        var response = await server.Client.PostScimAsync("Users", $$"""{"schemas":["{{UserSchema}}"],"userName":"{{userName}}"{{externalIdJson}}}""");

        await response.ExpectScimErrorAsync(HttpStatusCode.Conflict, "uniqueness");
    }

    [Fact]
    public async Task An_unknown_id_answers_404_on_every_method()
    {
        await using var server = await ScimServer.StartAsync();
        const string path = "Users/00000000-0000-0000-0000-000000000000";

        await (await server.Client.GetAsync(path)).ExpectScimErrorAsync(HttpStatusCode.NotFound, null);
        await (await server.Client.PutScimAsync(path, $$"""{"schemas":["{{UserSchema}}"],"userName":"x@example.com"}"""))
            .ExpectScimErrorAsync(HttpStatusCode.NotFound, null);
        await (await server.Client.PatchScimAsync(path, """[{"op":"replace","path":"active","value":false}]"""))
            .ExpectScimErrorAsync(HttpStatusCode.NotFound, null);
        await (await server.Client.DeleteAsync(path)).ExpectScimErrorAsync(HttpStatusCode.NotFound, null);
    }

    [Theory]
    [InlineData("{\"schemas\":[", "invalidSyntax")]
    [InlineData("[1,2]", "invalidSyntax")]
    [InlineData("{\"userName\":\"no-schemas@example.com\"}", "invalidSyntax")]
    [InlineData($$"""{"schemas":["{{UserSchema}}"],"userName":"a@example.com","userName":"b@example.com"}""", "invalidSyntax")]
    [InlineData($$"""{"schemas":["{{UserSchema}}"]}""", "invalidValue")]
    [InlineData($$"""{"schemas":["{{UserSchema}}"],"userName":"  "}""", "invalidValue")]
    [InlineData($$"""{"schemas":["{{UserSchema}}"],"userName":"x@example.com","active":"perhaps"}""", "invalidValue")]
    [InlineData($$"""{"schemas":["{{UserSchema}}"],"userName":"x@example.com","emails":"x@example.com"}""", "invalidValue")]
    public async Task Malformed_or_incomplete_bodies_answer_400(string body, string scimType)
    {
        await (await shared.Server.Client.PostScimAsync("Users", body)).ExpectScimErrorAsync(HttpStatusCode.BadRequest, scimType);
    }

    [Fact]
    public async Task Filters_find_users_as_Entra_asks_for_them()
    {
        await using var server = await ScimServer.StartAsync();
        var created = (await (await server.Client.PostScimAsync("Users", EntraUser)).ExpectAsync(HttpStatusCode.Created))!;
        await server.Client.CreateUserAsync("other@contoso.com", "other-object-id");

        Assert.Equal([created.Id()], await FindAsync(server.Client, "userName eq \"test_user_AB6490EE@contoso.com\""));
        Assert.Equal([created.Id()], await FindAsync(server.Client, "externalId eq \"0a21f0f2-8d2a-4f8e-bf98-7894e9d0d5b1\""));
        Assert.Equal([created.Id()], await FindAsync(server.Client, "emails[type eq \"work\"].value eq \"Test_User_ab6490ee@contoso.com\""));
        Assert.Equal([created.Id()], await FindAsync(server.Client, $"id eq \"{created.Id()}\""));
        Assert.Equal([created.Id()], await FindAsync(server.Client, "name.givenName eq \"test\" and name.familyName sw \"Us\""));
        Assert.Empty(await FindAsync(server.Client, "userName eq \"nobody@contoso.com\""));
        Assert.Equal(2, (await FindAsync(server.Client, "userName co \"contoso\" or active eq false")).Count);
        Assert.Equal(["other@contoso.com"], await FindAsync(server.Client, "not (displayName pr)", "userName"));
    }

    [Theory]
    [InlineData("o\"brien@example.com", """userName eq "o\"brien@example.com" """)]
    [InlineData("domain\\user", """userName eq "domain\\user" """)]
    [InlineData("mixed\\\"quote@example.com", """userName eq "MIXED\\\"QUOTE@example.com" """)]
    public async Task A_userName_with_quotes_or_backslashes_is_found_with_an_escaped_filter(string userName, string filter)
    {
        var created = await shared.Server.Client.CreateUserAsync(userName);

        Assert.Equal([created.Id()], await FindAsync(shared.Server.Client, filter));
    }

    [Theory]
    [InlineData("userName eq")]
    [InlineData("userName eq \"x\" and")]
    [InlineData("(userName eq \"x\"")]
    [InlineData("nickName eq \"x\"")]
    [InlineData("userName eq \"unterminated")]
    public async Task A_malformed_filter_answers_400_invalidFilter(string filter)
    {
        var response = await shared.Server.Client.GetAsync("Users?filter=" + Uri.EscapeDataString(filter));

        await response.ExpectScimErrorAsync(HttpStatusCode.BadRequest, "invalidFilter");
    }

    [Fact]
    public async Task Pages_follow_startIndex_and_count_capped_at_maxResults()
    {
        await using var server = await ScimServer.StartAsync(options => options.FilterMaxResults = 10);
        for (var i = 1; i <= 25; i++)
        {
            await server.Client.CreateUserAsync($"page{i:D2}@example.com");
        }

        var capped = await server.Client.GetJsonAsync("Users?startIndex=1&count=100");
        Assert.Equal(25, capped["totalResults"]!.GetValue<int>());
        Assert.Equal(10, capped["itemsPerPage"]!.GetValue<int>());
        Assert.Equal(1, capped["startIndex"]!.GetValue<int>());
        Assert.Equal("urn:ietf:params:scim:api:messages:2.0:ListResponse", capped["schemas"]![0]!.GetValue<string>());

        var last = await server.Client.GetJsonAsync("Users?startIndex=21&count=10");
        Assert.Equal(["page21@example.com", "page22@example.com", "page23@example.com", "page24@example.com", "page25@example.com"],
            UserNames(last));

        var countOnly = await server.Client.GetJsonAsync("Users?count=0");
        Assert.Equal((25, 0), (countOnly["totalResults"]!.GetValue<int>(), countOnly["Resources"]!.AsArray().Count));

        var filtered = await server.Client.GetJsonAsync("Users?filter=" + Uri.EscapeDataString("userName sw \"page1\"") + "&startIndex=3&count=4");
        Assert.Equal(10, filtered["totalResults"]!.GetValue<int>());
        Assert.Equal(["page12@example.com", "page13@example.com", "page14@example.com", "page15@example.com"], UserNames(filtered));

        var all = new List<string>();
        for (var start = 1; start <= 25; start += 7)
        {
            all.AddRange(UserNames(await server.Client.GetJsonAsync($"Users?startIndex={start}&count=7")));
        }

        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"page{i:D2}@example.com"), all);
    }

    [Fact]
    public async Task Attributes_and_excludedAttributes_shape_the_response()
    {
        await using var server = await ScimServer.StartAsync();
        var user = (await (await server.Client.PostScimAsync("Users", EntraUser)).ExpectAsync(HttpStatusCode.Created))!;

        var only = await server.Client.GetJsonAsync($"Users/{user.Id()}?attributes=userName,name.givenName,{EnterpriseSchema}:department");
        Assert.Equal(["schemas", "id", "userName", "name", EnterpriseSchema], only.AsObject().Select(property => property.Key));
        Assert.Equal(["givenName"], only["name"]!.AsObject().Select(property => property.Key));

        var without = await server.Client.GetJsonAsync($"Users/{user.Id()}?excludedAttributes=emails,phoneNumbers,id");
        Assert.Null(without["emails"]);
        Assert.Null(without["phoneNumbers"]);
        Assert.Equal(user.Id(), without.Id());

        var listed = await server.Client.GetJsonAsync("Users?attributes=userName");
        Assert.Equal(["schemas", "id", "userName"], listed["Resources"]![0]!.AsObject().Select(property => property.Key));
    }

    [Fact]
    public async Task Put_replaces_the_user_and_refuses_a_different_id()
    {
        await using var server = await ScimServer.StartAsync();
        var user = (await (await server.Client.PostScimAsync("Users", EntraUser)).ExpectAsync(HttpStatusCode.Created))!;
        var other = await server.Client.CreateUserAsync("taken@contoso.com");

        var replaced = (await (await server.Client.PutScimAsync($"Users/{user.Id()}", $$"""
            {"schemas":["{{UserSchema}}"],"id":"{{user.Id()}}","userName":"renamed@contoso.com","displayName":"Renamed"}
            """)).ExpectAsync(HttpStatusCode.OK))!;

        Assert.Equal("renamed@contoso.com", replaced["userName"]!.GetValue<string>());
        Assert.Null(replaced["title"]);
        Assert.Null(replaced["emails"]);
        Assert.True(replaced["active"]!.GetValue<bool>());
        Assert.Equal(user["meta"]!["created"]!.GetValue<string>(), replaced["meta"]!["created"]!.GetValue<string>());

        await (await server.Client.PutScimAsync($"Users/{user.Id()}", $$"""{"schemas":["{{UserSchema}}"],"id":"{{other.Id()}}","userName":"x@contoso.com"}"""))
            .ExpectScimErrorAsync(HttpStatusCode.BadRequest, "mutability");
        await (await server.Client.PutScimAsync($"Users/{user.Id()}", $$"""{"schemas":["{{UserSchema}}"],"userName":"TAKEN@contoso.com"}"""))
            .ExpectScimErrorAsync(HttpStatusCode.Conflict, "uniqueness");
    }

    [Fact]
    public async Task Delete_answers_204_and_the_user_is_gone_from_SCIM_but_kept_as_a_deleted_associate()
    {
        await using var server = await ScimServer.StartAsync();
        var user = await server.Client.CreateUserAsync("leaver@example.com");
        var associateId = server.SuperOfficeUsers().Single().AssociateId;

        await (await server.Client.DeleteAsync($"Users/{user.Id()}")).ExpectAsync(HttpStatusCode.NoContent);

        await (await server.Client.GetAsync($"Users/{user.Id()}")).ExpectScimErrorAsync(HttpStatusCode.NotFound, null);
        var associate = server.SuperOfficeUsers().Single();
        Assert.Equal((associateId, true, false), (associate.AssociateId, associate.Deleted, associate.Active));
        Assert.Empty(associate.LicenseOwners);

        var again = await server.Client.CreateUserAsync("leaver@example.com");
        Assert.NotEqual(user.Id(), again.Id());
        Assert.Equal(2, server.SuperOfficeUsers().Select(associate => associate.AssociateId).Distinct().Count());
    }

    [Fact]
    public async Task Search_by_POST_takes_the_query_in_the_body()
    {
        await using var server = await ScimServer.StartAsync();
        var user = await server.Client.CreateUserAsync("searched@example.com");
        await server.Client.CreateUserAsync("other@example.com");

        var result = (await (await server.Client.PostScimAsync("Users/.search", """
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],"filter":"userName eq \"SEARCHED@example.com\"","attributes":["userName"],"startIndex":1,"count":10}
            """)).ExpectAsync(HttpStatusCode.OK))!;

        Assert.Equal(1, result["totalResults"]!.GetValue<int>());
        Assert.Equal(user.Id(), result["Resources"]![0]!.Id());
    }

    private static async Task<List<string>> FindAsync(HttpClient client, string filter, string attribute = "id")
    {
        var list = await client.GetJsonAsync("Users?filter=" + Uri.EscapeDataString(filter));
        return list["Resources"]!.AsArray().Select(resource => resource![attribute]!.GetValue<string>()).ToList();
    }

    private static List<string> UserNames(JsonNode list) =>
        list["Resources"]!.AsArray().Select(resource => resource!["userName"]!.GetValue<string>()).ToList();
}

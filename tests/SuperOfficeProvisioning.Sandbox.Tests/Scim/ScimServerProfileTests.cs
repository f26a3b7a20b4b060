using System.Net;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim;
using SuperOfficeProvisioning.Sandbox.Tests.Scim.Support;
using static SuperOfficeProvisioning.Sandbox.Tests.Scim.Support.ScimHttpExtensions;

namespace SuperOfficeProvisioning.Sandbox.Tests.Scim;

/// <summary>Each server profile answers as the servers it stands for do, and no other way.</summary>
public sealed class ScimServerProfileTests
{
    private static async Task<ScimServer> WithUsersAsync(int count, Action<ScimGatewayOptions> configure)
    {
        var server = await ScimServer.StartStandaloneAsync(configure);
        for (var i = 1; i <= count; i++)
        {
            await server.Client.CreateUserAsync($"user{i}@profile.example", $"ext-{i}");
        }

        return server;
    }

    private static IEnumerable<string> UserNames(JsonNode list) =>
        list["Resources"]!.AsArray().Select(user => user!["userName"]!.GetValue<string>());

    [Fact]
    public async Task A_server_ignoring_startIndex_and_count_answers_every_page_with_its_first_twenty()
    {
        await using var server = await WithUsersAsync(25, o => o.Paging = ScimPaging.IgnoresStartIndexAndCount);

        var first = await server.Client.GetJsonAsync("Users?startIndex=1&count=10");
        var second = await server.Client.GetJsonAsync("Users?startIndex=21&count=10");

        Assert.Equal(20, first["Resources"]!.AsArray().Count);
        Assert.Equal(UserNames(first), UserNames(second));
        Assert.Equal(1, second["startIndex"]!.GetValue<int>());
        Assert.Equal(25, second["totalResults"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_server_reporting_what_it_returned_as_the_total_gives_the_first_count_again()
    {
        await using var server = await WithUsersAsync(12, o => o.Paging = ScimPaging.TotalIsReturnedCount);

        var page = await server.Client.GetJsonAsync("Users?startIndex=6&count=5");

        Assert.Equal(["user1@profile.example", "user2@profile.example", "user3@profile.example", "user4@profile.example", "user5@profile.example"], UserNames(page));
        Assert.Equal(5, page["totalResults"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_capped_server_gives_fewer_than_asked_and_than_it_advertises_but_pages_honestly()
    {
        await using var server = await WithUsersAsync(12, o => o.CountCap = 5);

        var config = await server.Client.GetJsonAsync("ServiceProviderConfig");
        var page = await server.Client.GetJsonAsync("Users?startIndex=6&count=100");

        Assert.Equal(200, config["filter"]!["maxResults"]!.GetValue<int>());
        Assert.Equal(["user6@profile.example", "user7@profile.example", "user8@profile.example", "user9@profile.example", "user10@profile.example"], UserNames(page));
        Assert.Equal(5, page["itemsPerPage"]!.GetValue<int>());
        Assert.Equal(6, page["startIndex"]!.GetValue<int>());
        Assert.Equal(12, page["totalResults"]!.GetValue<int>());
    }

    [Fact]
    public async Task Cursors_walk_the_whole_listing_where_index_paging_would_not()
    {
        await using var server = await WithUsersAsync(25, o => { o.Paging = ScimPaging.IgnoresStartIndexAndCount; o.CursorPaging = true; });

        var names = new List<string>();
        var cursor = "";
        while (cursor is not null)
        {
            var page = await server.Client.GetJsonAsync($"Users?count=10&cursor={Uri.EscapeDataString(cursor)}");
            names.AddRange(UserNames(page));
            cursor = page["nextCursor"]?.GetValue<string>();
        }

        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"user{i}@profile.example"), names);
        await (await server.Client.GetAsync("Users?cursor=bm90LW1pbmU")).ExpectScimErrorAsync(HttpStatusCode.BadRequest, "invalidCursor");
    }

    [Fact]
    public async Task Without_or_Users_refuse_with_a_bare_400_and_Groups_fail_with_500()
    {
        await using var server = await WithUsersAsync(1, o => o.OrFilters = false);
        const string filter = "filter=" + "userName eq \"a\" or userName eq \"b\"";

        var users = await server.Client.GetAsync("Users?" + filter);
        var groups = await server.Client.GetAsync("Groups?filter=displayName eq \"a\" or displayName eq \"b\"");

        Assert.Null((await users.ExpectAsync(HttpStatusCode.BadRequest))!["scimType"]);
        await groups.ExpectAsync(HttpStatusCode.InternalServerError);
        Assert.Single((await server.Client.GetJsonAsync("Users?filter=userName eq \"user1@profile.example\""))["Resources"]!.AsArray());
    }

    [Fact]
    public async Task Allow_lists_refuse_other_Group_attributes_and_other_operators_with_a_bare_400()
    {
        await using var server = await WithUsersAsync(1, o => { o.GroupFilterAttributes = ["displayName"]; o.FilterOperators = ["eq"]; });
        await server.Client.CreateGroupAsync("Sales");

        var byExternalId = await (await server.Client.GetAsync("Groups?filter=externalId eq \"x\"")).ExpectAsync(HttpStatusCode.BadRequest);
        var startsWith = await (await server.Client.GetAsync("Users?filter=userName sw \"user\"")).ExpectAsync(HttpStatusCode.BadRequest);
        var present = await (await server.Client.GetAsync("Users?filter=externalId pr")).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Filtering by this attribute is not supported: externalId", byExternalId!["detail"]!.GetValue<string>());
        Assert.Null(startsWith!["scimType"]);
        Assert.Contains("'pr'", present!["detail"]!.GetValue<string>());
        Assert.Single((await server.Client.GetJsonAsync("Groups?filter=displayName eq \"Sales\""))["Resources"]!.AsArray());
    }

    [Fact]
    public async Task An_unknown_operator_in_the_allow_list_stops_the_gateway_from_starting()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => ScimServer.StartStandaloneAsync(o => o.FilterOperators = ["equals"]));
        Assert.Contains("'equals'", error.Message);
    }

    [Fact]
    public async Task Patch_without_a_body_delete_of_a_missing_id_and_problem_json_errors()
    {
        await using var server = await ScimServer.StartStandaloneAsync(o => { o.PatchNoContent = true; o.DeleteMissingNoContent = true; o.ProblemJsonErrors = true; });
        var user = await server.Client.CreateUserAsync("ann@profile.example");

        using var patched = await server.Client.PatchScimAsync($"Users/{user.Id()}", """[{"op":"replace","path":"title","value":"Lead"}]""");
        using var deleted = await server.Client.DeleteAsync("Users/00000000-0000-0000-0000-000000000000");
        using var missing = await server.Client.GetAsync("Users/00000000-0000-0000-0000-000000000000");

        Assert.Equal(HttpStatusCode.NoContent, patched.StatusCode);
        Assert.Empty(await patched.Content.ReadAsByteArrayAsync());
        Assert.Equal("Lead", (await server.Client.GetJsonAsync($"Users/{user.Id()}"))["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await missing.Content.ReadAsStringAsync())!;
        Assert.Equal(404, problem["status"]!.GetValue<int>());
        Assert.Null(problem["scimType"]);
    }

    [Fact]
    public async Task With_case_sensitive_uniqueness_a_name_differing_in_case_is_created_and_a_filter_finds_both()
    {
        await using var server = await ScimServer.StartStandaloneAsync(o => o.CaseSensitiveUserNames = true);
        await server.Client.CreateUserAsync("ann@profile.example");

        await server.Client.CreateUserAsync("Ann@profile.example");
        using var same = await server.Client.PostScimAsync("Users", $$"""{"schemas":["{{UserSchema}}"],"userName":"ann@profile.example"}""");

        await same.ExpectScimErrorAsync(HttpStatusCode.Conflict, "uniqueness");
        var found = await server.Client.GetJsonAsync("Users?filter=" + Uri.EscapeDataString("userName eq \"ANN@profile.example\""));
        Assert.Equal(2, found["totalResults"]!.GetValue<int>());
    }
}

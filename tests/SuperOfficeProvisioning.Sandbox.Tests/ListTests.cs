using System.Net;
using System.Net.Http.Json;
using SuperOfficeProvisioning.Sandbox.Tests.Support;

namespace SuperOfficeProvisioning.Sandbox.Tests;

/// <summary>List definitions and list items, addressed by id and by name.</summary>
public sealed class ListTests(SharedSandbox shared) : IClassFixture<SharedSandbox>
{
    private readonly TestSandbox _sandbox = shared.Sandbox;
    private HttpClient Api => _sandbox.Api;

    [Fact]
    public async Task Built_in_lists_are_seeded_and_found_by_name_and_by_id()
    {
        var byName = await (await Api.GetAsync("List/category")).ExpectJsonAsync(HttpStatusCode.OK);
        var byId = await (await Api.GetAsync($"List/{byName["Id"]}")).ExpectJsonAsync(HttpStatusCode.OK);
        var items = await (await Api.GetAsync("List/Category/Items")).ExpectJsonAsync(HttpStatusCode.OK);

        Assert.Equal("Category", byId["Name"]!.GetValue<string>());
        Assert.False(byId["IsCustomList"]!.GetValue<bool>());
        Assert.Contains("Customer", items.AsArray().Select(item => item!["Name"]!.GetValue<string>()));
        var all = await (await Api.GetAsync("List")).ExpectJsonAsync(HttpStatusCode.OK);
        Assert.True(all.AsArray().Count >= 4);
    }

    [Fact]
    public async Task Items_are_created_read_updated_and_deleted_through_the_list_name_and_the_list_id()
    {
        var list = await CreateListAsync();
        var listId = list["Id"]!.GetValue<int>();
        var listName = list["Name"]!.GetValue<string>();

        var createdResponse = await Api.PostJsonAsync($"List/{listName}/Items", new { Name = "Gold", Tooltip = "Top tier", Rank = 3 });
        var created = await createdResponse.ExpectJsonAsync(HttpStatusCode.OK);
        var itemId = created["Id"]!.GetValue<int>();
        var viaId = await (await Api.GetAsync($"List/{listId}/Items/{itemId}")).ExpectJsonAsync(HttpStatusCode.OK);
        var updated = await (await Api.PutJsonAsync($"List/{listId}/Items/{itemId}", new { Name = "Platinum" }))
            .ExpectJsonAsync(HttpStatusCode.OK);
        var deleted = await Api.DeleteAsync($"List/{listName}/Items/{itemId}");
        var afterDelete = await Api.GetAsync($"List/{listName}/Items/{itemId}");

        Assert.Null(createdResponse.Headers.Location); // the documented create answers 200 with the entity, nothing more
        Assert.Equal(listId, viaId["UdListDefinitionId"]!.GetValue<int>());
        Assert.Equal("Top tier", viaId["Tooltip"]!.GetValue<string>());
        Assert.Equal("Platinum", updated["Name"]!.GetValue<string>());
        Assert.Equal("Top tier", updated["Tooltip"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await afterDelete.ExpectErrorAsync(HttpStatusCode.NotFound, "SoNotFoundException");
    }

    [Fact]
    public async Task An_item_is_not_found_through_another_list()
    {
        var item = await (await Api.GetAsync("List/Category/Items")).ExpectJsonAsync(HttpStatusCode.OK);
        var categoryItemId = item[0]!["Id"]!.GetValue<int>();

        var response = await Api.GetAsync($"List/Business/Items/{categoryItemId}");

        await response.ExpectErrorAsync(HttpStatusCode.NotFound, "SoNotFoundException");
    }

    [Theory]
    [InlineData("List/NoSuchList")]
    [InlineData("List/NoSuchList/Items")]
    [InlineData("List/999999")]
    [InlineData("List/Category/Items/999999")]
    public async Task Unknown_lists_and_items_are_404_with_the_error_body(string path)
    {
        await (await Api.GetAsync(path)).ExpectErrorAsync(HttpStatusCode.NotFound, "SoNotFoundException");
    }

    [Fact]
    public async Task Invalid_input_is_400_naming_the_field()
    {
        var list = await CreateListAsync();

        var noName = await Api.PostJsonAsync("List", new { Tooltip = "nameless" });
        var wrongType = await Api.PostJsonAsync($"List/{list["Id"]}/Items", new { Name = "x", Rank = "first" });
        var duplicate = await Api.PostJsonAsync("List", new { Name = list["Name"]!.GetValue<string>() });
        var notJson = await Api.PostAsync("List", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        await noName.ExpectErrorAsync(HttpStatusCode.BadRequest, "ArgumentException", "Name");
        await wrongType.ExpectErrorAsync(HttpStatusCode.BadRequest, "ArgumentException", "Rank");
        await duplicate.ExpectErrorAsync(HttpStatusCode.BadRequest, "ArgumentException", "Name");
        await notJson.ExpectErrorAsync(HttpStatusCode.BadRequest, "ArgumentException", "body");
    }

    [Fact]
    public async Task Patch_accepts_json_patch_and_merge_patch()
    {
        var list = await CreateListAsync();
        var path = $"List/{list["Id"]}";
        var jsonPatch = new HttpRequestMessage(HttpMethod.Patch, path)
        {
            Content = JsonContent.Create(new object[] { new { op = "replace", path = "/Tooltip", value = "patched" } }),
        };

        var patched = await (await Api.SendAsync(jsonPatch)).ExpectJsonAsync(HttpStatusCode.OK);
        var merged = await (await Api.PatchAsync(path, HttpAssertions.Json(new { Rank = 42 }))).ExpectJsonAsync(HttpStatusCode.OK);
        var badPath = await Api.PatchAsync(path, JsonContent.Create(new object[] { new { op = "replace", path = "/Nope", value = 1 } }));

        Assert.Equal("patched", patched["Tooltip"]!.GetValue<string>());
        Assert.Equal(42, merged["Rank"]!.GetValue<int>());
        Assert.Equal("patched", merged["Tooltip"]!.GetValue<string>());
        await badPath.ExpectErrorAsync(HttpStatusCode.BadRequest, "ArgumentException", "Nope");
    }

    [Fact]
    public async Task A_created_list_answers_as_the_docs_show_it_and_only_built_in_lists_refuse_deletion()
    {
        var created = await CreateListAsync();

        Assert.False(created["IsCustomList"]!.GetValue<bool>());
        Assert.Null(created["ListType"]);
        await (await Api.DeleteAsync("List/Category")).ExpectErrorAsync(HttpStatusCode.BadRequest, "ArgumentException", "Id");
        Assert.Equal(HttpStatusCode.NoContent, (await Api.DeleteAsync($"List/{created["Id"]}")).StatusCode);
    }

    [Fact]
    public async Task List_routes_answer_plain_arrays_that_hide_deleted_rows_unless_asked()
    {
        var list = await CreateListAsync();
        var item = await (await Api.PostJsonAsync($"List/{list["Id"]}/Items", new { Name = "Retired" })).ExpectJsonAsync(HttpStatusCode.OK);
        await (await Api.PutJsonAsync($"List/{list["Id"]}/Items/{item["Id"]}", new { Name = "Retired", Deleted = true })).ExpectJsonAsync(HttpStatusCode.OK);
        await (await Api.PutJsonAsync($"List/{list["Id"]}", new { Name = list["Name"]!.GetValue<string>(), Deleted = true })).ExpectJsonAsync(HttpStatusCode.OK);

        var items = (await (await Api.GetAsync($"List/{list["Id"]}/Items")).ExpectJsonAsync(HttpStatusCode.OK)).AsArray();
        var withDeleted = (await (await Api.GetAsync($"List/{list["Id"]}/Items?includeDeleted=true")).ExpectJsonAsync(HttpStatusCode.OK)).AsArray();
        var lists = (await (await Api.GetAsync("List")).ExpectJsonAsync(HttpStatusCode.OK)).AsArray();
        var allLists = (await (await Api.GetAsync("List?includeDeleted=true")).ExpectJsonAsync(HttpStatusCode.OK)).AsArray();

        Assert.Empty(items);
        Assert.Equal(item["Id"]!.GetValue<int>(), Assert.Single(withDeleted)!["Id"]!.GetValue<int>());
        Assert.DoesNotContain(lists, l => l!["Id"]!.GetValue<int>() == list["Id"]!.GetValue<int>());
        Assert.Contains(allLists, l => l!["Id"]!.GetValue<int>() == list["Id"]!.GetValue<int>());
        await (await Api.GetAsync("List?$top=2")).ExpectErrorAsync(HttpStatusCode.BadRequest, "ArgumentException", "$top");
    }

    [Fact]
    public async Task A_failed_json_patch_test_is_409_and_changes_nothing()
    {
        var list = await CreateListAsync();
        var path = $"List/{list["Id"]}";

        var response = await Api.PatchAsync(path, JsonContent.Create(new object[]
        {
            new { op = "test", path = "/Tooltip", value = "not what it holds" },
            new { op = "replace", path = "/Tooltip", value = "changed" },
        }));

        await response.ExpectErrorAsync(HttpStatusCode.Conflict, "SoConflictException", "Tooltip");
        Assert.Equal("made by a test", (await (await Api.GetAsync(path)).ExpectJsonAsync(HttpStatusCode.OK))["Tooltip"]!.GetValue<string>());
    }

    [Fact]
    public async Task If_Unmodified_Since_before_the_last_change_is_412()
    {
        var list = await CreateListAsync();
        var request = new HttpRequestMessage(HttpMethod.Put, $"List/{list["Id"]}")
        {
            Content = HttpAssertions.Json(new { Tooltip = "late" }),
        };
        request.Headers.IfUnmodifiedSince = DateTimeOffset.UtcNow.AddHours(-1);

        var stale = await Api.SendAsync(request);
        var current = new HttpRequestMessage(HttpMethod.Put, $"List/{list["Id"]}") { Content = HttpAssertions.Json(new { Tooltip = "on time" }) };
        current.Headers.IfUnmodifiedSince = DateTimeOffset.UtcNow.AddHours(1);

        await stale.ExpectErrorAsync(HttpStatusCode.PreconditionFailed, "SoPreconditionFailedException");
        Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(current)).StatusCode);
    }

    [Fact]
    public async Task Custom_lists_can_be_deleted_but_built_in_lists_cannot()
    {
        var list = await CreateListAsync();
        await Api.PostJsonAsync($"List/{list["Id"]}/Items", new { Name = "doomed" });

        var deleted = await Api.DeleteAsync($"List/{list["Name"]}");
        var builtIn = await Api.DeleteAsync("List/Category");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await (await Api.GetAsync($"List/{list["Id"]}")).ExpectErrorAsync(HttpStatusCode.NotFound, "SoNotFoundException");
        await builtIn.ExpectErrorAsync(HttpStatusCode.BadRequest, "ArgumentException");
    }

    [Fact]
    public async Task Item_visibility_defaults_to_every_user_group_and_is_narrowed_by_Selected()
    {
        var list = await CreateListAsync();
        var item = await (await Api.PostJsonAsync($"List/{list["Id"]}/Items", new { Name = "Visible" })).ExpectJsonAsync(HttpStatusCode.OK);
        var path = $"List/{list["Name"]}/Items/{item["Id"]}/UserGroups";

        var everyone = (await (await Api.GetAsync(path)).ExpectJsonAsync(HttpStatusCode.OK)).AsArray();
        var ids = everyone.Select(group => group!["Id"]!.GetValue<int>()).ToList();
        // SelectableMDOListItem, as the reference documents the body: every group, Selected or not.
        var narrowed = (await (await Api.PutJsonAsync(path, ids.Select(id => new { Id = id, Selected = id == ids[0] }).ToArray())).ExpectJsonAsync(HttpStatusCode.OK)).AsArray();
        var unknownGroup = await Api.PutJsonAsync(path, new[] { new { Id = 987654, Selected = true } });

        Assert.True(everyone.Count >= 3);
        Assert.All(everyone, group => Assert.True(group!["Selected"]!.GetValue<bool>()));
        Assert.Equal(ids, narrowed.Select(group => group!["Id"]!.GetValue<int>()));
        Assert.Equal([ids[0]], narrowed.Where(group => group!["Selected"]!.GetValue<bool>()).Select(group => group!["Id"]!.GetValue<int>()));
        await unknownGroup.ExpectErrorAsync(HttpStatusCode.BadRequest, "ArgumentException", "Id");
    }

    [Fact]
    public async Task Item_visibility_also_takes_the_bare_ids_some_clients_send()
    {
        var list = await CreateListAsync();
        var item = await (await Api.PostJsonAsync($"List/{list["Id"]}/Items", new { Name = "Narrow" })).ExpectJsonAsync(HttpStatusCode.OK);
        var path = $"List/{list["Id"]}/Items/{item["Id"]}/UserGroups";
        var first = (await (await Api.GetAsync(path)).ExpectJsonAsync(HttpStatusCode.OK))[0]!["Id"]!.GetValue<int>();

        var narrowed = (await (await Api.PutJsonAsync(path, new[] { new { Id = first } })).ExpectJsonAsync(HttpStatusCode.OK)).AsArray();

        Assert.Equal([first], narrowed.Where(group => group!["Selected"]!.GetValue<bool>()).Select(group => group!["Id"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Parallel_item_creation_assigns_distinct_ids()
    {
        var list = await CreateListAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(index =>
            Api.PostJsonAsync($"List/{list["Id"]}/Items", new { Name = $"Item {index}" })));
        var ids = await Task.WhenAll(responses.Select(async response =>
            (await response.ExpectJsonAsync(HttpStatusCode.OK))["Id"]!.GetValue<int>()));
        var listed = await (await Api.GetAsync($"List/{list["Id"]}/Items")).ExpectJsonAsync(HttpStatusCode.OK);

        Assert.Equal(20, ids.Distinct().Count());
        Assert.Equal(20, listed.AsArray().Count);
    }

    private async Task<System.Text.Json.Nodes.JsonNode> CreateListAsync()
    {
        var response = await Api.PostJsonAsync("List", new { Name = "Test list " + Guid.NewGuid().ToString("N")[..8], Tooltip = "made by a test" });
        var list = await response.ExpectJsonAsync(HttpStatusCode.OK);
        return list;
    }
}

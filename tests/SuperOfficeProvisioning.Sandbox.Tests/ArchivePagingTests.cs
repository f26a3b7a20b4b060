using System.Net;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Tests.Support;

namespace SuperOfficeProvisioning.Sandbox.Tests;

/// <summary>OData-style options on archive GETs: $top, $skip, $filter, $select, $orderBy and odata.nextLink.</summary>
public sealed class ArchivePagingTests(SharedSandbox shared) : IClassFixture<SharedSandbox>
{
    private readonly TestSandbox _sandbox = shared.Sandbox;

    [Fact]
    public async Task Following_odata_nextLink_visits_every_row_once()
    {
        var listId = await ListWithItemsAsync(7);

        var names = new List<string>();
        var pages = 0;
        string? next = $"List/{listId}/Items?$top=3&$orderBy=Name";
        while (next is not null)
        {
            var page = await (await _sandbox.Api.GetAsync(next)).ExpectJsonAsync(HttpStatusCode.OK);
            names.AddRange(page["value"]!.AsArray().Select(item => item!["Name"]!.GetValue<string>()));
            next = page["odata.nextLink"]?.GetValue<string>();
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 7).Select(index => $"Item {index}"), names);
    }

    [Fact]
    public async Task Filter_select_and_orderBy_shape_the_rows()
    {
        var listId = await ListWithItemsAsync(5);

        var page = await (await _sandbox.Api.GetAsync(
                $"List/{listId}/Items?$filter=Name eq 'Item 1' or Rank ge 3&$select=Name,Rank&$orderBy=Rank desc"))
            .ExpectJsonAsync(HttpStatusCode.OK);

        var rows = page["value"]!.AsArray();
        Assert.Equal(["Item 4", "Item 3", "Item 1"], rows.Select(row => row!["Name"]!.GetValue<string>()));
        Assert.All(rows, row => Assert.Equal(["Name", "Rank"], row!.AsObject().Select(pair => pair.Key)));
        Assert.Null(page["odata.nextLink"]);
    }

    [Fact]
    public async Task The_user_archive_filters_by_name()
    {
        var page = await (await _sandbox.Api.GetAsync("User?$filter=Name eq 'Sandbox Administrator'")).ExpectJsonAsync(HttpStatusCode.OK);
        var none = await (await _sandbox.Api.GetAsync("User?$filter=startswith(UserName,'nobody')")).ExpectJsonAsync(HttpStatusCode.OK);

        var admin = Assert.Single(page["value"]!.AsArray())!;
        Assert.Equal(_sandbox.Details.AdminUserName, admin["UserName"]!.GetValue<string>());
        Assert.Equal(
            ["AssociateId", "Name", "UserName", "Person", "Role", "UserGroup", "OtherGroups", "LicenseOwners", "Deleted", "Type"],
            admin.AsObject().Select(pair => pair.Key));
        Assert.Empty(none["value"]!.AsArray());
    }

    [Fact]
    public async Task Users_are_found_by_id_and_unknown_ids_are_404()
    {
        var admin = await (await _sandbox.Api.GetAsync("User/1")).ExpectJsonAsync(HttpStatusCode.OK);

        Assert.Equal("InternalAssociate", admin["Type"]!.GetValue<string>());
        await (await _sandbox.Api.GetAsync("User/424242")).ExpectErrorAsync(HttpStatusCode.NotFound, "SoNotFoundException");
    }

    [Theory]
    [InlineData("$filter=Nope eq 1", "$filter")]
    [InlineData("$filter=Name eq", "$filter")]
    [InlineData("$filter=Name like 'x'", "$filter")]
    [InlineData("$top=-1", "$top")]
    [InlineData("$skip=many", "$skip")]
    [InlineData("$orderBy=Name sideways", "$orderBy")]
    [InlineData("$select=Name,Nope", "$select")]
    public async Task Bad_query_options_are_400_naming_the_option(string query, string option)
    {
        var response = await _sandbox.Api.GetAsync("List?" + query);

        await response.ExpectErrorAsync(HttpStatusCode.BadRequest, "ArgumentException", option);
    }

    private async Task<int> ListWithItemsAsync(int count)
    {
        var list = await (await _sandbox.Api.PostJsonAsync("List", new { Name = "Paging " + Guid.NewGuid().ToString("N")[..8] }))
            .ExpectJsonAsync(HttpStatusCode.Created);
        var listId = list["Id"]!.GetValue<int>();
        for (var index = count - 1; index >= 0; index--)
        {
            await (await _sandbox.Api.PostJsonAsync($"List/{listId}/Items", new { Name = $"Item {index}", Rank = index }))
                .ExpectJsonAsync(HttpStatusCode.Created);
        }

        return listId;
    }
}

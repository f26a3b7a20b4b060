using System.Net;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Tests.Support;

namespace SuperOfficeProvisioning.Sandbox.Tests;

/// <summary>OData-style options on archive GETs (the User archive): $top, $skip, $filter, $select, $orderBy and odata.nextLink.</summary>
public sealed class ArchivePagingTests(SharedSandbox shared) : IClassFixture<SharedSandbox>
{
    private readonly TestSandbox _sandbox = shared.Sandbox;

    [Fact]
    public async Task Following_odata_nextLink_visits_every_row_once()
    {
        var tag = await UsersAsync(7);

        var names = new List<string>();
        var pages = 0;
        string? next = $"User?$filter=startswith(UserName,'{tag}')&$top=3&$orderBy=UserName";
        while (next is not null)
        {
            var page = await (await _sandbox.Api.GetAsync(next)).ExpectJsonAsync(HttpStatusCode.OK);
            names.AddRange(page["value"]!.AsArray().Select(user => user!["UserName"]!.GetValue<string>()));
            next = page["odata.nextLink"]?.GetValue<string>();
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 7).Select(index => $"{tag}{index}@paging.example"), names);
    }

    [Fact]
    public async Task Filter_select_and_orderBy_shape_the_rows()
    {
        var tag = await UsersAsync(5);

        var page = await (await _sandbox.Api.GetAsync(
                $"User?$filter=UserName eq '{tag}1@paging.example' or startswith(UserName,'{tag}') and AssociateId ge 0&$select=UserName,AssociateId&$orderBy=UserName desc"))
            .ExpectJsonAsync(HttpStatusCode.OK);

        var rows = page["value"]!.AsArray();
        Assert.Equal(Enumerable.Range(0, 5).Reverse().Select(index => $"{tag}{index}@paging.example"), rows.Select(row => row!["UserName"]!.GetValue<string>()));
        Assert.All(rows, row => Assert.Equal(["UserName", "AssociateId"], row!.AsObject().Select(pair => pair.Key)));
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
        var response = await _sandbox.Api.GetAsync("User?" + query);

        await response.ExpectErrorAsync(HttpStatusCode.BadRequest, "ArgumentException", option);
    }

    /// <summary>Users the SCIM gateway makes, who then show in the User archive; returns the prefix of their names.</summary>
    private async Task<string> UsersAsync(int count)
    {
        var tag = "paging" + Guid.NewGuid().ToString("N")[..8];
        using var scim = _sandbox.CreateClient(_sandbox.Details.ScimUrl,
            headers => headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _sandbox.Details.ScimToken));
        for (var index = count - 1; index >= 0; index--)
        {
            var user = $$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"{{tag}}{{index}}@paging.example","active":true}""";
            var created = await scim.PostAsync("Users", new StringContent(user, System.Text.Encoding.UTF8, "application/scim+json"));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        return tag;
    }
}

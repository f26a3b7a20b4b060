using System.Net;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Tests.Support;

namespace SuperOfficeProvisioning.Sandbox.Tests;

/// <summary>Web panels through the REST list routes and the list agent.</summary>
public sealed class WebPanelTests
{
    private static object Panel(string progId, string visibleIn = "BrowserPanel") => new
    {
        Name = "Acme panel",
        Tooltip = "Acme: order history",
        ProgId = progId,
        VisibleIn = visibleIn,
        WindowName = "acme",
        Url = "https://acme.example/panel",
        UrlEncoding = "unicode",
    };

    [Fact]
    public async Task The_REST_delete_is_soft_and_the_panel_stays_readable()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var created = await (await sandbox.Api.PostJsonAsync("List/WebPanel/Items", Panel("Acme.Soft"))).ExpectJsonAsync(HttpStatusCode.OK);
        var id = created["WebPanelId"]!.GetValue<int>();
        var deleted = await sandbox.Api.DeleteAsync($"List/WebPanel/Items/{id}");
        var after = await (await sandbox.Api.GetAsync($"List/WebPanel/Items/{id}")).ExpectJsonAsync(HttpStatusCode.OK);

        Assert.Equal("Unicode", created["UrlEncoding"]!.GetValue<string>());
        Assert.False(created["Deleted"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.True(after["Deleted"]!.GetValue<bool>());
        var listed = (await (await sandbox.Api.GetAsync("List/WebPanel/Items")).ExpectJsonAsync(HttpStatusCode.OK)).AsArray();
        var withDeleted = (await (await sandbox.Api.GetAsync("List/WebPanel/Items?includeDeleted=true")).ExpectJsonAsync(HttpStatusCode.OK)).AsArray();
        Assert.DoesNotContain(listed, panel => panel!["WebPanelId"]!.GetValue<int>() == id);
        Assert.Contains(withDeleted, panel => panel!["WebPanelId"]!.GetValue<int>() == id);
    }

    [Fact]
    public async Task The_agent_DeleteWebPanel_is_a_hard_delete()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var created = await (await sandbox.Api.PostJsonAsync("List/WebPanel/Items", Panel("Acme.Hard"))).ExpectJsonAsync(HttpStatusCode.OK);
        var id = created["WebPanelId"]!.GetValue<int>();

        var deleted = await sandbox.Api.PostJsonAsync("Agents/List/DeleteWebPanel", new { Id = id });
        var again = await sandbox.Api.PostJsonAsync("Agents/List/DeleteWebPanel", new { Id = id });

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await (await sandbox.Api.GetAsync($"List/WebPanel/Items/{id}")).ExpectErrorAsync(HttpStatusCode.NotFound, "SoNotFoundException");
        await again.ExpectErrorAsync(HttpStatusCode.NotFound, "SoNotFoundException");
    }

    [Fact]
    public async Task SaveWebPanelEntity_creates_when_the_id_is_0_and_updates_otherwise()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var blank = await (await sandbox.Api.PostAsync("Agents/List/CreateDefaultWebPanelEntity", null)).ExpectJsonAsync(HttpStatusCode.OK);
        blank["Name"] = "Acme button";
        blank["ProgId"] = "Acme.Button";
        blank["VisibleIn"] = "NavigatorButton";
        blank["WindowName"] = "acme";
        blank["Url"] = "soprotocol:browser.acme";

        var created = await (await sandbox.Api.PostAsync("Agents/List/SaveWebPanelEntity", HttpAssertions.Json(blank)))
            .ExpectJsonAsync(HttpStatusCode.OK);
        created["Tooltip"] = "Acme: open the portal";
        var updated = await (await sandbox.Api.PostAsync("Agents/List/SaveWebPanelEntity", HttpAssertions.Json(created)))
            .ExpectJsonAsync(HttpStatusCode.OK);
        var byId = await (await sandbox.Api.PostJsonAsync("Agents/List/GetWebPanelEntity", new { WebPanelEntityId = created["WebPanelId"]!.GetValue<int>() }))
            .ExpectJsonAsync(HttpStatusCode.OK);
        var byQuery = await sandbox.Api.PostAsync($"Agents/List/GetWebPanelEntity?webPanelEntityId={created["WebPanelId"]}", null);
        var byProgId = await (await sandbox.Api.PostJsonAsync("Agents/List/GetWebPanelByProgId", new { ProgId = "Acme.Button" }))
            .ExpectJsonAsync(HttpStatusCode.OK);

        Assert.Equal(0, blank["WebPanelId"]!.GetValue<int>());
        Assert.NotEqual(0, created["WebPanelId"]!.GetValue<int>());
        Assert.Equal(created["WebPanelId"]!.GetValue<int>(), updated["WebPanelId"]!.GetValue<int>());
        Assert.Equal("Acme: open the portal", byId["Tooltip"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, byQuery.StatusCode);
        Assert.Equal(created["WebPanelId"]!.GetValue<int>(), byProgId["WebPanelId"]!.GetValue<int>());
        await (await sandbox.Api.PostJsonAsync("Agents/List/GetWebPanelByProgId", new { ProgId = "Nobody.Panel" }))
            .ExpectErrorAsync(HttpStatusCode.NotFound, "SoNotFoundException");
    }

    [Fact]
    public async Task The_entity_has_exactly_SuperOffices_fields()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var blank = await (await sandbox.Api.PostAsync("Agents/List/CreateDefaultWebPanelEntity", null)).ExpectJsonAsync(HttpStatusCode.OK);

        Assert.Equal(
            ["WebPanelId", "Name", "Tooltip", "Deleted", "Rank", "ProgId", "VisibleIn", "WindowName", "Url", "UrlEncoding",
             "Icon", "OnCentral", "OnSatellite", "OnTravel", "OnSalesMarketingWeb", "OnSalesMarketingPocket", "ShowInMenuBar",
             "ShowInToolBar", "ShowInAddressBar", "ShowInStatusBar", "AlwaysReloadOnShow"],
            blank.AsObject().Select(pair => pair.Key).ToArray());
    }

    [Fact]
    public async Task GetAppWebPanels_and_DeleteAppWebPanels_touch_only_the_applications_panels()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var before = await AllPanelsAsync(sandbox);
        await sandbox.Api.PostJsonAsync("List/WebPanel/Items", Panel("Acme.One"));
        await sandbox.Api.PostJsonAsync("Agents/List/SaveWebPanelEntity", Panel("Acme.Two"));

        var owned = await (await sandbox.Api.PostAsync("Agents/List/GetAppWebPanels", null)).ExpectJsonAsync(HttpStatusCode.OK);
        var deleted = await sandbox.Api.PostAsync("Agents/List/DeleteAppWebPanels", null);
        var ownedAfter = await (await sandbox.Api.PostAsync("Agents/List/GetAppWebPanels", null)).ExpectJsonAsync(HttpStatusCode.OK);
        var after = await AllPanelsAsync(sandbox);

        Assert.NotEmpty(before);
        Assert.Equal(["Acme.One", "Acme.Two"], owned.AsArray().Select(panel => panel!["ProgId"]!.GetValue<string>()).Order());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(ownedAfter.AsArray());
        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData("Name", "")]
    [InlineData("Url", "not a url")]
    [InlineData("UrlEncoding", "EBCDIC")]
    [InlineData("UrlEncoding", "UTF8")]
    [InlineData("VisibleIn", "")]
    [InlineData("VisibleIn", "None")]
    [InlineData("VisibleIn", "SidePanel")]
    public async Task Invalid_panels_are_400_naming_the_field(string field, string value)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Panel("Acme.Bad")))!.AsObject();
        body[field] = value;

        var response = await sandbox.Api.PostAsync("List/WebPanel/Items", HttpAssertions.Json(body));

        await response.ExpectErrorAsync(HttpStatusCode.BadRequest, "ArgumentException", field);
    }

    [Theory]
    [InlineData("Invisible", "Unknown")]
    [InlineData("buttonpaneltask", "ansi")]
    [InlineData("TopPanelNewMenu", "None")]
    public async Task Every_documented_Navigation_and_UrlEncoding_is_accepted_in_its_documented_spelling(string visibleIn, string encoding)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Panel("Acme.Enum")))!.AsObject();
        body["VisibleIn"] = visibleIn;
        body["UrlEncoding"] = encoding;

        var created = await (await sandbox.Api.PostAsync("List/WebPanel/Items", HttpAssertions.Json(body))).ExpectJsonAsync(HttpStatusCode.OK);

        Assert.Equal(visibleIn, created["VisibleIn"]!.GetValue<string>(), ignoreCase: true);
        Assert.Equal(encoding, created["UrlEncoding"]!.GetValue<string>(), ignoreCase: true);
        Assert.Matches("^[A-Z]", created["VisibleIn"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_new_default_entity_has_the_zero_of_each_enum()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var blank = await (await sandbox.Api.PostAsync("Agents/List/CreateDefaultWebPanelEntity", null)).ExpectJsonAsync(HttpStatusCode.OK);

        Assert.Equal("Invisible", blank["VisibleIn"]!.GetValue<string>());
        Assert.Equal("Unknown", blank["UrlEncoding"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_diagnostics_agent_flushes_caches_by_name()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var flushed = await sandbox.Api.PostJsonAsync("Agents/Diagnostics/FlushCachesByName", new { CacheNames = new[] { "ExtAppCache" } });
        var bad = await sandbox.Api.PostJsonAsync("Agents/Diagnostics/FlushCachesByName", new { CacheNames = "ExtAppCache" });

        Assert.Equal(HttpStatusCode.NoContent, flushed.StatusCode);
        await bad.ExpectErrorAsync(HttpStatusCode.BadRequest, "ArgumentException", "CacheNames");
    }

    [Fact]
    public async Task Unknown_panels_are_404()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        await (await sandbox.Api.GetAsync("List/WebPanel/Items/4242")).ExpectErrorAsync(HttpStatusCode.NotFound, "SoNotFoundException");
        await (await sandbox.Api.PutJsonAsync("List/WebPanel/Items/4242", Panel("X"))).ExpectErrorAsync(HttpStatusCode.NotFound, "SoNotFoundException");
        await (await sandbox.Api.DeleteAsync("List/WebPanel/Items/4242")).ExpectErrorAsync(HttpStatusCode.NotFound, "SoNotFoundException");
        await (await sandbox.Api.PostJsonAsync("Agents/List/SaveWebPanelEntity", new { WebPanelId = 4242, Name = "x" }))
            .ExpectErrorAsync(HttpStatusCode.NotFound, "SoNotFoundException");
    }

    private static async Task<List<string>> AllPanelsAsync(TestSandbox sandbox)
    {
        var all = await (await sandbox.Api.GetAsync("List/WebPanel/Items?includeDeleted=true")).ExpectJsonAsync(HttpStatusCode.OK);
        return all.AsArray().Select(panel => panel!["ProgId"]!.GetValue<string>()).Where(progId => progId is not "Acme.One" and not "Acme.Two").ToList();
    }
}

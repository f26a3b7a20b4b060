using System.Net;
using SuperOfficeProvisioning.Sandbox.Tests.Support;

namespace SuperOfficeProvisioning.Sandbox.Tests;

/// <summary>Task menu items through the list agent, the only API that has them.</summary>
public sealed class TaskMenuTests
{
    private static object Menu(string progId, string taskType = "url") => new
    {
        TaskMenuId = 0, Name = "Invoice", TableName = "contact", Area = "Task", UrlOrSoprotocol = "https://acme.example/new",
        TaskType = taskType, ShowInClient = "Web", ProgId = progId,
    };

    [Fact]
    public async Task SaveTaskMenu_creates_at_id_0_updates_otherwise_and_the_item_is_found_by_id_and_ProgId()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var blank = await (await sandbox.Api.PostAsync("Agents/List/CreateDefaultTaskMenu", null)).ExpectJsonAsync(HttpStatusCode.OK);

        var created = await (await sandbox.Api.PostJsonAsync("Agents/List/SaveTaskMenu", Menu("Acme.Invoice"))).ExpectJsonAsync(HttpStatusCode.OK);
        var id = created["TaskMenuId"]!.GetValue<int>();
        created["Rank"] = 7;
        var updated = await (await sandbox.Api.PostAsync("Agents/List/SaveTaskMenu", HttpAssertions.Json(created))).ExpectJsonAsync(HttpStatusCode.OK);
        var byId = await (await sandbox.Api.PostJsonAsync("Agents/List/GetTaskMenu", new { TaskMenuId = id })).ExpectJsonAsync(HttpStatusCode.OK);
        var byProgId = await (await sandbox.Api.PostJsonAsync("Agents/List/GetTaskMenuByProgId", new { ProgId = "Acme.Invoice" })).ExpectJsonAsync(HttpStatusCode.OK);

        Assert.Equal(0, blank["TaskMenuId"]!.GetValue<int>());
        Assert.Equal("None", blank["TaskType"]!.GetValue<string>());
        Assert.NotEqual(0, id);
        Assert.Equal("Url", created["TaskType"]!.GetValue<string>()); // the documented spelling
        Assert.Equal(id, updated["TaskMenuId"]!.GetValue<int>());
        Assert.Equal(7, byId["Rank"]!.GetValue<int>());
        Assert.Equal(id, byProgId["TaskMenuId"]!.GetValue<int>());
        await (await sandbox.Api.PostJsonAsync("Agents/List/GetTaskMenuByProgId", new { ProgId = "Nobody.Menu" })).ExpectErrorAsync(HttpStatusCode.NotFound, "SoNotFoundException");
    }

    [Fact]
    public async Task GetAppTaskMenus_and_DeleteAppTaskMenus_touch_only_the_calling_applications_items()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await sandbox.Api.PostJsonAsync("Agents/List/SaveTaskMenu", Menu("Acme.One"));
        await sandbox.Api.PostJsonAsync("Agents/List/SaveTaskMenu", Menu("Acme.Two"));

        var owned = await (await sandbox.Api.PostAsync("Agents/List/GetAppTaskMenus", null)).ExpectJsonAsync(HttpStatusCode.OK);
        var deleted = await sandbox.Api.PostAsync("Agents/List/DeleteAppTaskMenus", null);
        var after = await (await sandbox.Api.PostAsync("Agents/List/GetAppTaskMenus", null)).ExpectJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["Acme.One", "Acme.Two"], owned.AsArray().Select(m => m!["ProgId"]!.GetValue<string>()).Order());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(after.AsArray());
    }

    [Theory]
    [InlineData("TaskType", "Link")]
    [InlineData("ShowInClient", "Desktop")]
    [InlineData("Encoding", "UTF8")]
    [InlineData("Name", "")]
    public async Task An_item_with_a_value_the_docs_do_not_have_is_400_naming_the_field(string field, string value)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var body = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Menu("Acme.Bad")))!.AsObject();
        body[field] = value;

        var response = await sandbox.Api.PostAsync("Agents/List/SaveTaskMenu", HttpAssertions.Json(body));

        await response.ExpectErrorAsync(HttpStatusCode.BadRequest, "ArgumentException", field);
    }

    [Fact]
    public async Task DeleteTaskMenu_takes_the_id_in_the_query_and_is_a_hard_delete()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var created = await (await sandbox.Api.PostJsonAsync("Agents/List/SaveTaskMenu", Menu("Acme.Gone"))).ExpectJsonAsync(HttpStatusCode.OK);
        var id = created["TaskMenuId"]!.GetValue<int>();

        var deleted = await sandbox.Api.PostAsync($"Agents/List/DeleteTaskMenu?TaskMenuId={id}", null);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await (await sandbox.Api.PostJsonAsync("Agents/List/GetTaskMenu", new { TaskMenuId = id })).ExpectErrorAsync(HttpStatusCode.NotFound, "SoNotFoundException");
    }
}

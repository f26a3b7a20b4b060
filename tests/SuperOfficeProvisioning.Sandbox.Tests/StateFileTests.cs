using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SuperOfficeProvisioning.Sandbox.Tests.Support;

namespace SuperOfficeProvisioning.Sandbox.Tests;

/// <summary>With a state file the tenant's data survives a restart.</summary>
public sealed class StateFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sandbox-state-tests-").FullName;

    private string StateFile => Path.Combine(_folder, "tenant.json");

    [Fact]
    public async Task Lists_items_and_web_panels_survive_a_restart()
    {
        int listId, itemId, panelId;
        await using (var first = await TestSandbox.StartAsync(Persistent))
        {
            var list = await (await first.Api.PostJsonAsync("List", new { Name = "Persisted" })).ExpectJsonAsync(HttpStatusCode.OK);
            listId = list["Id"]!.GetValue<int>();
            var item = await (await first.Api.PostJsonAsync($"List/{listId}/Items", new { Name = "Kept" })).ExpectJsonAsync(HttpStatusCode.OK);
            itemId = item["Id"]!.GetValue<int>();
            var panel = await (await first.Api.PostJsonAsync("List/WebPanel/Items",
                new { Name = "Kept panel", ProgId = "Acme.Kept", VisibleIn = "BrowserPanel", Url = "https://acme.example/" }))
                .ExpectJsonAsync(HttpStatusCode.OK);
            panelId = panel["WebPanelId"]!.GetValue<int>();
        }

        await using var second = await TestSandbox.StartAsync(Persistent);

        var item2 = await (await second.Api.GetAsync($"List/Persisted/Items/{itemId}")).ExpectJsonAsync(HttpStatusCode.OK);
        var panel2 = await (await second.Api.GetAsync($"List/WebPanel/Items/{panelId}")).ExpectJsonAsync(HttpStatusCode.OK);
        var next = await (await second.Api.PostJsonAsync($"List/{listId}/Items", new { Name = "After restart" })).ExpectJsonAsync(HttpStatusCode.OK);
        var owned = await (await second.Api.PostAsync("Agents/List/GetAppWebPanels", null)).ExpectJsonAsync(HttpStatusCode.OK);

        Assert.Equal("Kept", item2["Name"]!.GetValue<string>());
        Assert.Equal("Acme.Kept", panel2["ProgId"]!.GetValue<string>());
        Assert.True(next["Id"]!.GetValue<int>() > itemId);
        Assert.Equal(panelId, Assert.Single(owned.AsArray())!["WebPanelId"]!.GetValue<int>());
    }

    [Fact]
    public async Task Users_the_SCIM_gateway_provisioned_survive_a_restart_in_the_User_archive()
    {
        await using (var first = await TestSandbox.StartAsync(Persistent))
        {
            using var scim = first.CreateClient(first.Details.ScimUrl,
                headers => headers.Authorization = new AuthenticationHeaderValue("Bearer", first.Details.ScimToken));
            var user = """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"kari@example.com","active":true}""";
            var created = await scim.PostAsync("Users", new StringContent(user, Encoding.UTF8, "application/scim+json"));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        await using var second = await TestSandbox.StartAsync(Persistent);

        var archive = await (await second.Api.GetAsync("User?$filter=UserName eq 'kari@example.com'")).ExpectJsonAsync(HttpStatusCode.OK);
        var projection = Assert.Single(second.Sandbox.GetSuperOfficeUsers());
        Assert.Equal("kari@example.com", projection.UserName);
        Assert.Equal(projection.AssociateId, Assert.Single(archive["value"]!.AsArray())!["AssociateId"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_missing_folder_is_created_and_the_file_is_written_on_change()
    {
        var nested = Path.Combine(_folder, "nested", "tenant.json");
        await using (var sandbox = await TestSandbox.StartAsync(options => options.StateFile = nested))
        {
            await sandbox.Api.PostJsonAsync("List", new { Name = "Written" });
        }

        Assert.Contains("Written", File.ReadAllText(nested));
    }

    [Fact]
    public async Task Without_a_state_file_nothing_is_written()
    {
        await using (var sandbox = await TestSandbox.StartAsync())
        {
            await sandbox.Api.PostJsonAsync("List", new { Name = "Forgotten" });
        }

        Assert.Empty(Directory.EnumerateFiles(_folder));
    }

    /// <summary>The same client id across restarts, so the panels the app created are still its own.</summary>
    private void Persistent(SandboxOptions options)
    {
        options.StateFile = StateFile;
        options.ClientId = "persistent-client";
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

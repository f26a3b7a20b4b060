using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

/// <summary>
/// Reads the tenant with the harness's own HTTP calls, never through the module under test: SCIM users and groups,
/// and WebAPI rows (lists, items, web panels). Also makes the objects "an administrator made by hand".
/// </summary>
internal sealed class TenantReadBack(SandboxProcess sandbox)
{
    private const int PageSize = 200;

    private TenantDetails Details => sandbox.Details;

    public async Task<IReadOnlyList<ScimUserRow>> UsersAsync(CancellationToken cancellationToken)
    {
        var users = new List<ScimUserRow>();
        await foreach (var resource in ScimListAsync("Users", "attributes=userName,externalId", cancellationToken))
        {
            users.Add(new ScimUserRow((string)resource["id"]!, (string)resource["userName"]!, (string?)resource["externalId"]));
        }

        return users;
    }

    public async Task<IReadOnlyList<ScimGroupRow>> GroupsAsync(CancellationToken cancellationToken)
    {
        var groups = new List<ScimGroupRow>();
        await foreach (var resource in ScimListAsync("Groups", "attributes=displayName,members", cancellationToken))
        {
            var members = resource["members"]?.AsArray().Select(m => (string)m!["value"]!).ToList() ?? [];
            groups.Add(new ScimGroupRow((string)resource["id"]!, (string)resource["displayName"]!, members));
        }

        return groups;
    }

    public async Task CreateGroupAsync(string displayName, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:Group"),
            ["displayName"] = displayName,
        };
        using var request = Scim(HttpMethod.Post, "Groups");
        request.Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/scim+json");
        using var response = await sandbox.Http.SendAsync(request, cancellationToken);
        await EnsureAsync(response, "POST Groups", cancellationToken);
    }

    /// <summary>
    /// Every row of a WebAPI list route (<c>List</c>, <c>List/WebPanel/Items</c>, …), deleted ones too: a plain array,
    /// as the REST reference documents these routes.
    /// </summary>
    public async Task<IReadOnlyList<JsonObject>> WebApiRowsAsync(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Details.WebApiUrl, "v1/" + path + "?includeDeleted=true"));
        request.Headers.Authorization = SandboxProcess.Bearer(Details.AccessToken);
        using var response = await sandbox.Http.SendAsync(request, cancellationToken);
        await EnsureAsync(response, "GET " + path, cancellationToken);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsArray().Select(row => row!.AsObject()).ToList();
    }

    /// <summary>A web panel made the way an administrator would, by a direct WebAPI call; answers the stored panel.</summary>
    public async Task<JsonObject> CreateWebPanelByHandAsync(string name, string progId, CancellationToken cancellationToken)
    {
        var panel = new JsonObject
        {
            ["Name"] = name,
            ["ProgId"] = progId,
            ["Tooltip"] = "Made by hand before the install",
            ["VisibleIn"] = "ContactCard",
            ["WindowName"] = "byhand",
            ["Url"] = "https://by-hand.example/" + progId,
            ["Rank"] = 77,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Details.WebApiUrl, "v1/List/WebPanel/Items"))
        {
            Content = JsonContent.Create(panel),
        };
        request.Headers.Authorization = SandboxProcess.Bearer(Details.AccessToken);
        using var response = await sandbox.Http.SendAsync(request, cancellationToken);
        await EnsureAsync(response, "POST List/WebPanel/Items", cancellationToken);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
    }

    private async IAsyncEnumerable<JsonObject> ScimListAsync(
        string resource, string query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = 0;
        for (var page = 0; page <= 1000; page++)
        {
            using var request = Scim(HttpMethod.Get, $"{resource}?{query}&startIndex={seen + 1}&count={PageSize}");
            using var response = await sandbox.Http.SendAsync(request, cancellationToken);
            await EnsureAsync(response, "GET " + resource, cancellationToken);
            var list = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
            var resources = list["Resources"]?.AsArray() ?? [];
            foreach (var item in resources)
            {
                yield return item!.AsObject();
            }

            seen += resources.Count;
            if (resources.Count == 0 || seen >= (int)list["totalResults"]!)
            {
                yield break;
            }
        }

        throw new InvalidOperationException($"SCIM {resource} did not stop paging.");
    }

    private HttpRequestMessage Scim(HttpMethod method, string relative)
    {
        var request = new HttpRequestMessage(method, new Uri(Details.ScimUrl, relative));
        request.Headers.Authorization = SandboxProcess.Bearer(Details.ScimToken);
        return request;
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{what} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }
}

using System.Text.Json;
using SuperOfficeProvisioning.Bench.Baseline;

namespace SuperOfficeProvisioning.Bench.Verification;

/// <summary>Reads the tenant back over SCIM, page by page, to compare it with what was asked for.</summary>
public sealed class ScimReadBack(HttpClient client)
{
    public async Task<List<StoredUser>> UsersAsync()
    {
        var users = new List<StoredUser>();
        for (var startIndex = 1; ; )
        {
            using var page = await GetAsync($"Users?startIndex={startIndex}&count=200");
            var resources = page.RootElement.GetProperty("Resources");
            users.AddRange(resources.EnumerateArray().Select(ScimResources.Read));
            startIndex += resources.GetArrayLength();
            if (resources.GetArrayLength() == 0 || startIndex > page.RootElement.GetProperty("totalResults").GetInt32())
            {
                return users;
            }
        }
    }

    /// <summary>The member ids of the group with this display name; null when there is no such group.</summary>
    public async Task<List<string>?> GroupMembersAsync(string displayName)
    {
        var filter = Uri.EscapeDataString(ScimResources.EqualsFilter("displayName", displayName));
        using var found = await GetAsync($"Groups?filter={filter}&excludedAttributes=members");
        var resources = found.RootElement.GetProperty("Resources");
        if (resources.GetArrayLength() == 0)
        {
            return null;
        }

        using var group = await GetAsync("Groups/" + Uri.EscapeDataString(resources[0].GetProperty("id").GetString()!));
        return group.RootElement.TryGetProperty("members", out var members)
            ? members.EnumerateArray().Select(m => m.GetProperty("value").GetString()!).ToList()
            : [];
    }

    private async Task<JsonDocument> GetAsync(string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
    }
}

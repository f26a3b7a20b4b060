using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Bench.Input;
using SuperOfficeProvisioning.Bench.Sandboxes;

namespace SuperOfficeProvisioning.Bench.Baseline;

/// <summary>
/// What a hand-written admin script does: for each user in turn, look the user up with a filter GET, then POST
/// (or PATCH what differs). One HttpClient, one request at a time, no retries: a failed request is counted and
/// the script moves on.
/// </summary>
public sealed class NaiveAdminScript(HttpClient client)
{
    private int _requests;
    private int _writes;
    private int _failures;

    /// <summary>Creates the users that do not exist yet.</summary>
    public Task<BaselineRun> CreateAsync(IReadOnlyList<DirectoryUser> users) =>
        RunAsync(users, async user =>
        {
            if (await FindAsync(user) is null)
            {
                await SendAsync(HttpMethod.Post, "Users", ScimResources.NewUser(user));
            }
        });

    /// <summary>Brings existing users in line with the directory: a PATCH for each user that differs.</summary>
    public Task<BaselineRun> ResyncAsync(IReadOnlyList<DirectoryUser> users) =>
        RunAsync(users, async user =>
        {
            if (await FindAsync(user) is { } stored && ScimResources.Differences(stored, user) is { Count: > 0 } changes)
            {
                await SendAsync(HttpMethod.Patch, "Users/" + Uri.EscapeDataString(stored.Id), ScimResources.Patch(changes));
            }
        });

    private async Task<BaselineRun> RunAsync(IReadOnlyList<DirectoryUser> users, Func<DirectoryUser, Task> perUser)
    {
        (_requests, _writes, _failures) = (0, 0, 0);
        var watch = Stopwatch.StartNew();
        foreach (var user in users)
        {
            await perUser(user);
        }

        return new BaselineRun(users.Count, watch.Elapsed, _requests, _writes, _failures);
    }

    private async Task<StoredUser?> FindAsync(DirectoryUser user)
    {
        _requests++;
        var filter = Uri.EscapeDataString(ScimResources.EqualsFilter("userName", user.UserPrincipalName));
        try
        {
            using var response = await client.GetAsync($"Users?filter={filter}");
            if (!response.IsSuccessStatusCode)
            {
                _failures++;
                return null;
            }

            using var page = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
            var resources = page.RootElement.GetProperty("Resources");
            return resources.GetArrayLength() == 0 ? null : ScimResources.Read(resources[0]);
        }
        catch (HttpRequestException)
        {
            _failures++;
            return null;
        }
    }

    private async Task SendAsync(HttpMethod method, string path, JsonObject body)
    {
        _requests++;
        _writes++;
        using var request = new HttpRequestMessage(method, path)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, SandboxScimClient.ScimMediaType),
        };
        try
        {
            using var response = await client.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                _failures++;
            }
        }
        catch (HttpRequestException)
        {
            _failures++;
        }
    }
}

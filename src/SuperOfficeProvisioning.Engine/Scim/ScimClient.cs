using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;

namespace SuperOfficeProvisioning.Engine.Scim;

/// <summary>
/// A strict SCIM 2.0 client (RFC 7644) for the tenant's gateway: application/scim+json, ListResponse paging,
/// PATCH as Entra sends it, Bulk when the server offers it. It adapts to what ServiceProviderConfig says.
/// </summary>
public sealed class ScimClient
{
    /// <summary>Pages of a long listing asked for at once, after the first.</summary>
    private const int PagesInFlight = 8;

    private readonly ScimEndpoint _endpoint;
    private readonly HttpPipeline _pipeline;

    public ScimClient(SoConnection connection)
    {
        _endpoint = connection.Scim ?? throw new ArgumentException("The connection has no SCIM side.", nameof(connection));
        _pipeline = connection.Pipeline;
    }

    public Task<ScimServiceConfig> GetServiceConfigAsync(CancellationToken cancellationToken) =>
        _endpoint.ServiceConfig(async () =>
        {
            var json = await SendAsync(HttpMethod.Get, "ServiceProviderConfig", null, cancellationToken).ConfigureAwait(false);
            return ScimServiceConfig.Parse(json ?? new JObject());
        });

    /// <summary>Reads the users matching <paramref name="filter"/> (all when null), page by page.</summary>
    public Task ForEachUserPageAsync(string? filter, Func<IReadOnlyList<SoUser>, Task> onPage, CancellationToken cancellationToken) =>
        ForEachPageAsync("Users", filter, null, json => ScimJson.ParseUser(json), onPage, cancellationToken);

    public async Task<List<SoUser>> FindUsersAsync(string filter, CancellationToken cancellationToken)
    {
        var users = new List<SoUser>();
        await ForEachUserPageAsync(filter, page => { users.AddRange(page); return Task.CompletedTask; }, cancellationToken).ConfigureAwait(false);
        return users;
    }

    /// <summary>The user resource as the server holds it; null when there is no user with that id.</summary>
    public async Task<JObject?> GetUserResourceAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            return await SendAsync(HttpMethod.Get, "Users/" + Uri.EscapeDataString(id), null, cancellationToken).ConfigureAwait(false);
        }
        catch (SoException ex) when (ex.Kind == SoErrorKind.NotFound)
        {
            return null;
        }
    }

    public async Task<SoUser> CreateUserAsync(JObject user, CancellationToken cancellationToken) =>
        ScimJson.ParseUser((await SendAsync(HttpMethod.Post, "Users", user, cancellationToken).ConfigureAwait(false))!);

    /// <summary>Applies PATCH operations; returns the user as the server then holds it.</summary>
    public async Task<SoUser?> PatchUserAsync(string id, IEnumerable<JObject> operations, CancellationToken cancellationToken)
    {
        var json = await SendAsync(new HttpMethod("PATCH"), "Users/" + Uri.EscapeDataString(id), ScimJson.PatchRequest(operations), cancellationToken).ConfigureAwait(false);
        return json is null ? null : ScimJson.ParseUser(json);
    }

    public Task DeleteUserAsync(string id, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, "Users/" + Uri.EscapeDataString(id), null, cancellationToken);

    /// <summary>Groups matching the filter (all when null), without their member lists unless asked for.</summary>
    public async Task<List<SoGroup>> FindGroupsAsync(string? filter, bool withMembers, CancellationToken cancellationToken)
    {
        var groups = new List<SoGroup>();
        await ForEachPageAsync("Groups", filter, withMembers ? null : "members", json => ScimJson.ParseGroup(json),
            page => { groups.AddRange(page); return Task.CompletedTask; }, cancellationToken).ConfigureAwait(false);
        return groups;
    }

    public async Task<SoGroup> GetGroupAsync(string id, CancellationToken cancellationToken) =>
        ScimJson.ParseGroup((await SendAsync(HttpMethod.Get, "Groups/" + Uri.EscapeDataString(id), null, cancellationToken).ConfigureAwait(false))!);

    public async Task<SoGroup> CreateGroupAsync(string displayName, string? externalId, CancellationToken cancellationToken)
    {
        var group = new JObject { ["schemas"] = new JArray(ScimSchemas.Group), ["displayName"] = displayName };
        if (!string.IsNullOrEmpty(externalId))
        {
            group["externalId"] = externalId;
        }

        return ScimJson.ParseGroup((await SendAsync(HttpMethod.Post, "Groups", group, cancellationToken).ConfigureAwait(false))!);
    }

    /// <summary>Adds and removes members in one PATCH, as Entra does.</summary>
    public Task PatchGroupMembersAsync(string groupId, IReadOnlyCollection<string> add, IReadOnlyCollection<string> remove, CancellationToken cancellationToken)
    {
        var operations = new List<JObject>();
        if (add.Count > 0)
        {
            operations.Add(new JObject
            {
                ["op"] = "Add",
                ["path"] = "members",
                ["value"] = new JArray(add.Select(id => new JObject { ["value"] = id })),
            });
        }

        operations.AddRange(remove.Select(id => new JObject
        {
            ["op"] = "Remove",
            ["path"] = $"members[value eq {ScimFilter.Literal(id)}]",
        }));
        return operations.Count == 0
            ? Task.CompletedTask
            : SendAsync(new HttpMethod("PATCH"), "Groups/" + Uri.EscapeDataString(groupId), ScimJson.PatchRequest(operations), cancellationToken);
    }

    /// <summary>Sends a Bulk request (RFC 7644 §3.7) and returns the per-operation results in order.</summary>
    public async Task<List<JObject>> BulkAsync(IReadOnlyList<JObject> operations, CancellationToken cancellationToken)
    {
        var request = new JObject
        {
            // No failOnErrors: every operation is tried, and each answer is handled on its own.
            ["schemas"] = new JArray(ScimSchemas.BulkRequest),
            ["Operations"] = new JArray(operations),
        };
        var response = await SendAsync(HttpMethod.Post, "Bulk", request, cancellationToken).ConfigureAwait(false);
        return (response?["Operations"] as JArray)?.OfType<JObject>().ToList() ?? new List<JObject>();
    }

    /// <summary>
    /// Reads a listing page by page. The first page tells how many there are; the rest are then asked for
    /// several at a time and handed on in order, so a long listing costs a few round trips, not one per page.
    /// </summary>
    private async Task ForEachPageAsync<T>(string resource, string? filter, string? excludedAttributes, Func<JObject, T> parse, Func<IReadOnlyList<T>, Task> onPage, CancellationToken cancellationToken)
    {
        var config = await GetServiceConfigAsync(cancellationToken).ConfigureAwait(false);
        var first = await GetPageAsync(resource, filter, excludedAttributes, 1, config.MaxResults, cancellationToken).ConfigureAwait(false);
        var firstItems = Resources(first, parse);
        if (firstItems.Count > 0)
        {
            await onPage(firstItems).ConfigureAwait(false);
        }

        var total = (int?)first["totalResults"] ?? 0;
        var pageSize = firstItems.Count;
        if (pageSize == 0 || 1 + pageSize > total)
        {
            return;
        }

        using var slots = new SemaphoreSlim(PagesInFlight);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pages = new List<Task<JObject>>();
        for (var startIndex = 1 + pageSize; startIndex <= total; startIndex += pageSize)
        {
            var index = startIndex;
            pages.Add(Task.Run(async () =>
            {
                await slots.WaitAsync(stop.Token).ConfigureAwait(false);
                try
                {
                    return await GetPageAsync(resource, filter, excludedAttributes, index, pageSize, stop.Token).ConfigureAwait(false);
                }
                finally
                {
                    slots.Release();
                }
            }));
        }

        try
        {
            foreach (var page in pages)
            {
                var items = Resources(await page.ConfigureAwait(false), parse);
                if (items.Count == 0)
                {
                    // The listing shrank while it was read; what is left is empty.
                    return;
                }

                await onPage(items).ConfigureAwait(false);
            }
        }
        finally
        {
            // Pages no longer wanted (a failure, or the end came early) are called off, and none may still be
            // running when the semaphore goes.
            stop.Cancel();
            await Task.WhenAll(pages.Select(p => p.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
        }
    }

    private async Task<JObject> GetPageAsync(string resource, string? filter, string? excludedAttributes, int startIndex, int count, CancellationToken cancellationToken)
    {
        var query = new StringBuilder(resource).Append("?startIndex=").Append(startIndex).Append("&count=").Append(count);
        if (filter is not null)
        {
            query.Append("&filter=").Append(Uri.EscapeDataString(filter));
        }

        if (excludedAttributes is not null)
        {
            query.Append("&excludedAttributes=").Append(excludedAttributes);
        }

        return await SendAsync(HttpMethod.Get, query.ToString(), null, cancellationToken).ConfigureAwait(false) ?? new JObject();
    }

    private static List<T> Resources<T>(JObject page, Func<JObject, T> parse) =>
        (page["Resources"] as JArray)?.OfType<JObject>().Select(parse).ToList() ?? new List<T>();

    private async Task<JObject?> SendAsync(HttpMethod method, string relativePath, JObject? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_endpoint.Url, relativePath));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _endpoint.Token.Reveal());
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ScimSchemas.MediaType));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToString(Formatting.None), Encoding.UTF8, ScimSchemas.MediaType);
        }

        using var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            return await ScimResponse.ReadAsync(response, request).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new SoException("ScimInvalidResponse", SoErrorKind.ServerError, $"The SCIM gateway's answer to {method} {Redaction.Url(request.RequestUri)} is not valid JSON.", ex);
        }
    }
}

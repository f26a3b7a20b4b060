using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;

namespace SuperOfficeProvisioning.Engine.Scim;

/// <summary>
/// A strict SCIM 2.0 client (RFC 7644) for the tenant's gateway: application/scim+json, ListResponse paging,
/// PATCH as Entra sends it, Bulk when the server offers it. It adapts to what ServiceProviderConfig says.
/// </summary>
public sealed class ScimClient
{
    private readonly ScimEndpoint _endpoint;
    private readonly HttpPipeline _pipeline;

    public ScimClient(HttpPipeline pipeline, ScimEndpoint endpoint, int maxListedResources)
    {
        _pipeline = pipeline;
        _endpoint = endpoint;
        MaxListedResources = maxListedResources;
    }

    /// <summary>The most resources one listing reads; more (or a server saying there are more) is an error.</summary>
    public int MaxListedResources { get; set; }

    /// <summary>What the gateway has shown it can do, kept on the connection.</summary>
    public ScimCapabilities Capabilities => _endpoint.Capabilities;

    public Task<ScimServiceConfig> GetServiceConfigAsync(CancellationToken cancellationToken) =>
        _endpoint.ServiceConfig(() => SendAsync(
            HttpMethod.Get,
            "ServiceProviderConfig",
            null,
            json =>
            {
                var config = ScimServiceConfig.Parse(json is null ? new JObject() : JsonShape.Object(json));
                Capabilities.CursorPaging = config.CursorPaging;
                Capabilities.Bulk = config.BulkSupported;
                return config;
            },
            cancellationToken));

    /// <summary>Reads the users matching <paramref name="filter"/> (all when null), page by page.</summary>
    /// <returns>False when the server could not list them whole (a warning, or with <paramref name="makesUpForGaps"/> a verbose line, says why).</returns>
    public Task<bool> ForEachUserPageAsync(string? filter, Func<IReadOnlyList<SoUser>, Task> onPage, CancellationToken cancellationToken, bool makesUpForGaps = false) =>
        ForEachPageAsync("Users", filter, null, json => ScimJson.ParseUser(json), onPage, !makesUpForGaps, cancellationToken);

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
            return await SendAsync(HttpMethod.Get, "Users/" + Uri.EscapeDataString(id), null, json => ScimResource.Read(json), cancellationToken).ConfigureAwait(false);
        }
        catch (SoException ex) when (ex.Kind == SoErrorKind.NotFound)
        {
            return null;
        }
    }

    public Task<SoUser> CreateUserAsync(JObject user, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "Users", user, json => ScimJson.ParseUser(ScimResource.Read(json)), cancellationToken);

    /// <summary>Applies PATCH operations; returns the user as the server then holds it (null when it answers without a body).</summary>
    public Task<SoUser?> PatchUserAsync(string id, IEnumerable<JObject> operations, CancellationToken cancellationToken) =>
        SendAsync(
            new HttpMethod("PATCH"),
            "Users/" + Uri.EscapeDataString(id),
            ScimJson.PatchRequest(operations),
            json => json is null ? null : ScimJson.ParseUser(ScimResource.Read(json)),
            cancellationToken);

    public Task DeleteUserAsync(string id, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, "Users/" + Uri.EscapeDataString(id), null, cancellationToken);

    /// <summary>Groups matching the filter (all when null), without their member lists unless asked for.</summary>
    public async Task<List<SoGroup>> FindGroupsAsync(string? filter, bool withMembers, CancellationToken cancellationToken)
    {
        var groups = new List<SoGroup>();
        await ForEachPageAsync("Groups", filter, withMembers ? null : "members", json => ScimJson.ParseGroup(json),
            page => { groups.AddRange(page); return Task.CompletedTask; }, warn: true, cancellationToken).ConfigureAwait(false);
        return groups;
    }

    public Task<SoGroup> GetGroupAsync(string id, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "Groups/" + Uri.EscapeDataString(id), null, json => ScimJson.ParseGroup(ScimResource.Read(json)), cancellationToken);

    public Task<SoGroup> CreateGroupAsync(string displayName, string? externalId, CancellationToken cancellationToken)
    {
        var group = new JObject { ["schemas"] = new JArray(ScimSchemas.Group), ["displayName"] = displayName };
        if (!string.IsNullOrEmpty(externalId))
        {
            group["externalId"] = externalId;
        }

        return SendAsync(HttpMethod.Post, "Groups", group, json => ScimJson.ParseGroup(ScimResource.Read(json)), cancellationToken);
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
    public Task<List<JObject>> BulkAsync(IReadOnlyList<JObject> operations, CancellationToken cancellationToken)
    {
        var request = new JObject
        {
            // No failOnErrors: every operation is tried, and each answer is handled on its own.
            ["schemas"] = new JArray(ScimSchemas.BulkRequest),
            ["Operations"] = new JArray(operations),
        };
        return SendAsync(HttpMethod.Post, "Bulk", request, ReadBulkResults, cancellationToken);
    }

    /// <summary>
    /// Reads a listing page by page, each resource once, by cursor where the server offers it (see
    /// <see cref="ScimListing{T}"/>); no more than <see cref="MaxListedResources"/> are read.
    /// </summary>
    private async Task<bool> ForEachPageAsync<T>(string resource, string? filter, string? excludedAttributes, Func<JObject, T> parse, Func<IReadOnlyList<T>, Task> onPage, bool warn, CancellationToken cancellationToken)
    {
        var config = await GetServiceConfigAsync(cancellationToken).ConfigureAwait(false);
        var listing = new ScimListing<T>(
            Redaction.Url(new Uri(_endpoint.Url, resource)) + (filter is null ? string.Empty : $" (filter {filter})"),
            MaxListedResources,
            warn,
            Capabilities.LearnHonestPaging,
            count => TooLarge(resource, count),
            (start, count, token) => GetPageAsync(resource, "startIndex=" + start.ToString(CultureInfo.InvariantCulture), count, filter, excludedAttributes, parse, token),
            (cursor, count, token) => GetPageAsync(resource, "cursor=" + Uri.EscapeDataString(cursor), count, filter, excludedAttributes, parse, token));
        return await listing.ReadAsync(config.CursorPaging, config.MaxResults, onPage, cancellationToken).ConfigureAwait(false);
    }

    private Task<ScimListPage<T>> GetPageAsync<T>(string resource, string position, int count, string? filter, string? excludedAttributes, Func<JObject, T> parse, CancellationToken cancellationToken)
    {
        var query = new StringBuilder(resource).Append('?').Append(position).Append("&count=").Append(count);
        if (filter is not null)
        {
            query.Append("&filter=").Append(Uri.EscapeDataString(filter));
        }

        if (excludedAttributes is not null)
        {
            query.Append("&excludedAttributes=").Append(excludedAttributes);
        }

        return SendAsync(HttpMethod.Get, query.ToString(), null, json => ScimListPage<T>.Read(json, parse), cancellationToken);
    }

    private SoException TooLarge(string resource, long count) =>
        new SoException(
            "ListingTooLarge",
            SoErrorKind.LimitsExceeded,
            $"The SCIM gateway lists {count.ToString("N0", CultureInfo.InvariantCulture)} resources at {Redaction.Url(new Uri(_endpoint.Url, resource))}, "
            + $"more than the {MaxListedResources.ToString("N0", CultureInfo.InvariantCulture)} one listing reads; "
            + "narrow it with a filter, or raise the connection's MaxListedResources if the tenant really holds that many.");

    /// <summary>The Operations of a BulkResponse, each checked as far as the caller reads it.</summary>
    private static List<JObject> ReadBulkResults(JToken? json)
    {
        var results = new List<JObject>();
        foreach (var result in JsonShape.Array(JsonShape.Object(json)["Operations"], "Operations"))
        {
            var operation = JsonShape.Object(result, "a member of Operations");
            var status = (string?)operation["status"] ?? string.Empty;
            JsonShape.OptionalString(operation["location"], "an operation's location");
            if (operation["response"] is JObject response && status.StartsWith("2", StringComparison.Ordinal))
            {
                // Read here, where a wrong type can still be reported as this answer's fault.
                ScimJson.ParseUser(response);
            }

            results.Add(operation);
        }

        return results;
    }

    /// <summary>Sends a request whose answer carries nothing the caller needs beyond its status.</summary>
    private Task SendAsync(HttpMethod method, string relativePath, JObject? body, CancellationToken cancellationToken) =>
        SendAsync<object?>(method, relativePath, body, null, cancellationToken);

    /// <summary>
    /// Sends a request and reads its answer with <paramref name="read"/>; an answer of the wrong shape is a
    /// ScimInvalidResponse naming the URL and the status, never a raw .NET exception.
    /// </summary>
    private async Task<T> SendAsync<T>(HttpMethod method, string relativePath, JObject? body, Func<JToken?, T>? read, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_endpoint.Url, relativePath));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _endpoint.Token.Reveal());
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ScimSchemas.MediaType));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToString(Formatting.None), Encoding.UTF8, ScimSchemas.MediaType);
        }

        using var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (read is null)
        {
            await ScimResponse.EnsureSuccessAsync(response, request).ConfigureAwait(false);
            return default!;
        }

        var json = await ScimResponse.ReadAsync(response, request).ConfigureAwait(false);
        try
        {
            return read(json);
        }
        catch (Exception ex) when (JsonShape.IsMisread(ex))
        {
            throw ScimResponse.Invalid(request, response.StatusCode, JsonShape.Problem(ex), ex);
        }
    }
}

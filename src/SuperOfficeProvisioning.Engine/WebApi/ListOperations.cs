using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.WebApi;

/// <summary>List definitions, their items and the items' visibility per user group (<c>/List…</c>).</summary>
public sealed class ListOperations
{
    /// <summary>The built-in list whose items are the tenant's user groups.</summary>
    public const string UserGroupList = "UserGroup";

    private readonly WebApiClient _client;

    public ListOperations(WebApiClient client) => _client = client;

    /// <summary>Every list, deleted ones too (the list routes leave them out unless asked), so a deleted one is revived, not made again.</summary>
    public Task<List<JObject>> GetListsAsync(CancellationToken cancellationToken) => _client.GetAllAsync("List?includeDeleted=true", cancellationToken);

    public Task<JObject> CreateListAsync(JObject fields, CancellationToken cancellationToken) =>
        _client.SendForEntityAsync(HttpMethod.Post, "List", fields, cancellationToken);

    /// <summary>Changes only the given fields, as a JSON Patch (RFC 6902) of replace operations.</summary>
    public Task<JObject?> PatchListAsync(int id, JObject changes, CancellationToken cancellationToken)
    {
        var patch = new JArray(changes.Properties().Select(p => new JObject { ["op"] = "replace", ["path"] = "/" + p.Name, ["value"] = p.Value }));
        return _client.SendAsync(new HttpMethod("PATCH"), $"List/{id}", patch, OptionalEntity, cancellationToken);
    }

    public Task DeleteListAsync(int id, CancellationToken cancellationToken) =>
        _client.SendAsync(HttpMethod.Delete, $"List/{id}", null, cancellationToken);

    public Task<List<JObject>> GetItemsAsync(int listId, CancellationToken cancellationToken) =>
        _client.GetAllAsync($"List/{listId}/Items?includeDeleted=true", cancellationToken);

    public Task<JObject> CreateItemAsync(int listId, JObject fields, CancellationToken cancellationToken) =>
        _client.SendForEntityAsync(HttpMethod.Post, $"List/{listId}/Items", fields, cancellationToken);

    /// <summary>Saves the whole item (the WebAPI's PUT takes the entity), so send the current one with the changes applied.</summary>
    public Task<JObject?> UpdateItemAsync(int listId, int itemId, JObject item, CancellationToken cancellationToken) =>
        _client.SendAsync(HttpMethod.Put, $"List/{listId}/Items/{itemId}", item, OptionalEntity, cancellationToken);

    public Task DeleteItemAsync(int listId, int itemId, CancellationToken cancellationToken) =>
        _client.SendAsync(HttpMethod.Delete, $"List/{listId}/Items/{itemId}", null, cancellationToken);

    /// <summary>The user groups the item is visible for.</summary>
    public Task<List<JObject>> GetItemUserGroupsAsync(int listId, int itemId, CancellationToken cancellationToken) =>
        _client.SendAsync(HttpMethod.Get, $"List/{listId}/Items/{itemId}/UserGroups", null, json => WebApiShape.Page(json, "Id").Rows
            .Where(g => (bool?)g["Selected"] != false).ToList(), cancellationToken);

    /// <summary>
    /// Makes the item visible for exactly <paramref name="visible"/>: every one of the tenant's groups is sent as a
    /// SelectableMDOListItem, Selected or not, so the answer does not depend on how the server treats a group left out.
    /// </summary>
    public Task SetItemUserGroupsAsync(int listId, int itemId, IEnumerable<int> everyone, IReadOnlyCollection<int> visible, CancellationToken cancellationToken) =>
        _client.SendAsync(HttpMethod.Put, $"List/{listId}/Items/{itemId}/UserGroups",
            new JArray(everyone.Select(id => new JObject { ["Id"] = id, ["Selected"] = visible.Contains(id) })), cancellationToken);

    /// <summary>An updated entity when the WebAPI answers with one; nothing when it answers without a body.</summary>
    private static JObject? OptionalEntity(JToken? json) => json is null ? null : WebApiShape.Entity(json, "Id");

    /// <summary>The tenant's user groups (the items of the UserGroup list).</summary>
    public Task<List<JObject>> GetUserGroupsAsync(CancellationToken cancellationToken) =>
        _client.GetAllAsync($"List/{UserGroupList}/Items", cancellationToken);
}

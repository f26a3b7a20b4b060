using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.WebApi;

/// <summary>Web panels and buttons: read through <c>/List/WebPanel/Items</c>, written through the List agent.</summary>
public sealed class WebPanelOperations
{
    private const string IdField = "WebPanelId";

    private readonly WebApiClient _client;

    public WebPanelOperations(WebApiClient client) => _client = client;

    /// <summary>Every web panel, deleted ones included (a soft delete leaves them readable).</summary>
    public Task<List<JObject>> GetAllAsync(CancellationToken cancellationToken) =>
        _client.GetAllAsync("List/WebPanel/Items?includeDeleted=true", cancellationToken, IdField);

    /// <summary>Creates a panel from the server's default entity with <paramref name="fields"/> set on it.</summary>
    public async Task<JObject> CreateAsync(JObject fields, CancellationToken cancellationToken)
    {
        var entity = await _client.SendForEntityAsync(HttpMethod.Post, "Agents/List/CreateDefaultWebPanelEntity", new JObject(), cancellationToken, IdField).ConfigureAwait(false);
        entity.Merge(fields);
        entity["WebPanelId"] = 0;
        return await SaveAsync(entity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Saves the whole entity (SaveWebPanelEntity updates when WebPanelId is set).</summary>
    public Task<JObject> SaveAsync(JObject entity, CancellationToken cancellationToken) =>
        _client.SendForEntityAsync(HttpMethod.Post, "Agents/List/SaveWebPanelEntity", entity, cancellationToken, IdField);

    /// <summary>Removes the panel for good (the REST DELETE only marks it deleted).</summary>
    /// <summary>
    /// Flushes the application server's cache of web panels, as the web panel docs ask after a change (the cache the
    /// DevNet sample names). Clients may still need a reload to show the change.
    /// </summary>
    public Task FlushCacheAsync(CancellationToken cancellationToken) =>
        _client.SendAsync(HttpMethod.Post, "Agents/Diagnostics/FlushCachesByName", new JObject { ["CacheNames"] = new JArray("ExtAppCache") }, cancellationToken);

    public Task DeleteAsync(int id, CancellationToken cancellationToken) =>
        _client.SendAsync(HttpMethod.Post, "Agents/List/DeleteWebPanel", new JObject { ["Id"] = id }, cancellationToken);
}

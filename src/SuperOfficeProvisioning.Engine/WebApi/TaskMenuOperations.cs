using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.WebApi;

/// <summary>Task menu items, all through the List agent (no REST route has them).</summary>
public sealed class TaskMenuOperations
{
    private const string IdField = "TaskMenuId";

    private readonly WebApiClient _client;

    public TaskMenuOperations(WebApiClient client) => _client = client;

    /// <summary>The items the calling application created (GetAppTaskMenus; SuperOffice Online scopes it by the app's token).</summary>
    public Task<List<JObject>> GetOwnAsync(CancellationToken cancellationToken) =>
        _client.SendAsync(HttpMethod.Post, "Agents/List/GetAppTaskMenus", null, json => json is null ? new List<JObject>() : WebApiShape.Page(json, IdField).Rows, cancellationToken);

    /// <summary>The item with this ProgId, of whichever application; null when there is none.</summary>
    public async Task<JObject?> FindByProgIdAsync(string progId, CancellationToken cancellationToken)
    {
        try
        {
            var found = await _client.SendForEntityAsync(HttpMethod.Post, "Agents/List/GetTaskMenuByProgId", new JObject { ["ProgId"] = progId }, cancellationToken, IdField).ConfigureAwait(false);

            // SuperOffice may answer an empty entity rather than 404 for a ProgId it does not have.
            return ((int?)found[IdField] ?? 0) > 0 ? found : null;
        }
        catch (SoException ex) when (ex.Kind == SoErrorKind.NotFound)
        {
            return null;
        }
    }

    /// <summary>Creates an item from the server's default entity with <paramref name="fields"/> set on it.</summary>
    public async Task<JObject> CreateAsync(JObject fields, CancellationToken cancellationToken)
    {
        var entity = await _client.SendForEntityAsync(HttpMethod.Post, "Agents/List/CreateDefaultTaskMenu", new JObject(), cancellationToken, IdField).ConfigureAwait(false);
        entity.Merge(fields);
        entity[IdField] = 0;
        return await SaveAsync(entity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Saves the whole entity (SaveTaskMenu updates when TaskMenuId is set).</summary>
    public Task<JObject> SaveAsync(JObject entity, CancellationToken cancellationToken) =>
        _client.SendForEntityAsync(HttpMethod.Post, "Agents/List/SaveTaskMenu", entity, cancellationToken, IdField);

    /// <summary>Removes the item for good.</summary>
    public Task DeleteAsync(int id, CancellationToken cancellationToken) =>
        _client.SendAsync(HttpMethod.Post, "Agents/List/DeleteTaskMenu?TaskMenuId=" + id.ToString(CultureInfo.InvariantCulture), null, cancellationToken);
}

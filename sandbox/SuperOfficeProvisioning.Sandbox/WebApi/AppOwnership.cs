using System.Text.Json;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Json;

namespace SuperOfficeProvisioning.Sandbox.WebApi;

/// <summary>
/// Which application (client id) created each entity of a table, for the app-scoped agent calls (GetAppWebPanels,
/// DeleteAppTaskMenus, …). Not locked itself: the owning store calls it under its own lock.
/// </summary>
internal sealed class AppOwnership
{
    private readonly Dictionary<int, string> _owners = [];

    public void Set(int id, string clientId) => _owners[id] = clientId;

    public void Remove(int id) => _owners.Remove(id);

    public bool IsOwnedBy(int id, string clientId) => _owners.GetValueOrDefault(id) == clientId;

    /// <summary>Removes the entity for good, and who owned it.</summary>
    public bool Delete<T>(EntityTable<T> table, int id)
        where T : class, IWebApiEntity<T>
    {
        _owners.Remove(id);
        return table.Remove(id);
    }

    public IReadOnlyList<T> OwnedBy<T>(EntityTable<T> table, string clientId)
        where T : class, IWebApiEntity<T> =>
        table.Where(entity => IsOwnedBy(entity.Id, clientId));

    /// <summary>Removes every entity the application created (the app-scoped Delete…App… calls); how many went.</summary>
    public int DeleteOwnedBy<T>(EntityTable<T> table, string clientId)
        where T : class, IWebApiEntity<T>
    {
        var removed = table.RemoveWhere(entity => IsOwnedBy(entity.Id, clientId));
        foreach (var id in removed)
        {
            _owners.Remove(id);
        }

        return removed.Count;
    }

    public JsonNode? Export() => JsonSerializer.SerializeToNode(_owners, SandboxJson.Options);

    public void Import(JsonNode? state)
    {
        _owners.Clear();
        foreach (var (id, owner) in state?.Deserialize<Dictionary<int, string>>(SandboxJson.Options) ?? [])
        {
            _owners[id] = owner;
        }
    }
}

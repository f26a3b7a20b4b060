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

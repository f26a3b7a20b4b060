using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.State;

namespace SuperOfficeProvisioning.Sandbox.WebApi.WebPanels;

/// <summary>Web panels and the application (client id) that created each, behind one lock.</summary>
internal sealed class WebPanelStore : IStatePart
{
    private readonly object _gate = new();
    private readonly EntityTable<WebPanelEntity> _panels;
    private readonly AppOwnership _owners = new();

    public WebPanelStore(TimeProvider time)
    {
        _panels = new EntityTable<WebPanelEntity>(_gate, "WebPanel", time);

        // A panel the tenant made itself, owned by no application: app-scoped calls must leave it alone.
        _panels.Insert(new WebPanelEntity
        {
            Name = "Intranet", ProgId = "Tenant.Intranet", VisibleIn = "BrowserPanel",
            Url = "https://intranet.example.com/", WindowName = "intranet",
        });
    }

    public string Name => "WebPanels";

    public IReadOnlyList<WebPanelEntity> All() => _panels.Where(_ => true);

    public Stamped<WebPanelEntity>? Find(int id) => _panels.Find(id);

    /// <summary>The panel with this ProgId, preferring one that is not deleted.</summary>
    public WebPanelEntity? FindByProgId(string progId) =>
        _panels.Where(panel => panel.ProgId.Equals(progId, StringComparison.Ordinal))
            .OrderBy(panel => panel.Deleted)
            .FirstOrDefault();

    public IResult NotFound(int id) => _panels.NotFound(id);

    public (Stamped<WebPanelEntity>? Created, IResult? Error) Create(WebPanelEntity draft, string ownerClientId)
    {
        if (WebPanelRules.Check(draft) is { } error)
        {
            return (null, error);
        }

        lock (_gate)
        {
            var created = _panels.Insert(draft);
            _owners.Set(created.Entity.WebPanelId, ownerClientId);
            return (created, null);
        }
    }

    public EditResult<WebPanelEntity> Update(int id, DateTimeOffset? unmodifiedSince, Func<WebPanelEntity, IResult?> edit) =>
        _panels.Update(id, unmodifiedSince, panel => edit(panel) ?? WebPanelRules.Check(panel));

    /// <summary>Marks the panel deleted; it stays readable (the REST DELETE).</summary>
    public bool SoftDelete(int id) => _panels.Update(id, null, panel =>
    {
        panel.Deleted = true;
        return null;
    }).Error is null;

    /// <summary>Removes the panel for good (the DeleteWebPanel agent call).</summary>
    public bool Delete(int id)
    {
        lock (_gate)
        {
            return _owners.Delete(_panels, id);
        }
    }

    public IReadOnlyList<WebPanelEntity> OwnedBy(string clientId)
    {
        lock (_gate)
        {
            return _owners.OwnedBy(_panels, clientId);
        }
    }

    public int DeleteOwnedBy(string clientId)
    {
        lock (_gate)
        {
            return _owners.DeleteOwnedBy(_panels, clientId);
        }
    }

    public JsonNode Export()
    {
        lock (_gate)
        {
            return new JsonObject
            {
                ["Panels"] = _panels.Export(),
                ["Owners"] = _owners.Export(),
            };
        }
    }

    public void Import(JsonNode state)
    {
        lock (_gate)
        {
            _panels.Import(state["Panels"]!);
            _owners.Import(state["Owners"]);
        }
    }
}

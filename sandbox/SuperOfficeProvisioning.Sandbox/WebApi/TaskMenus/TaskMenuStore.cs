using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.State;
using SuperOfficeProvisioning.Sandbox.WebApi.WebPanels;

namespace SuperOfficeProvisioning.Sandbox.WebApi.TaskMenus;

/// <summary>Task menu items and the application (client id) that created each, behind one lock.</summary>
internal sealed class TaskMenuStore : IStatePart
{
    private static readonly string[] TaskTypes = ["None", "Url", "CrmScript", "SoProtocol"];
    private static readonly string[] Clients = ["None", "Web", "Mobile"];
    private static readonly string[] ArchiveBehaviours = ["None", "InArchives", "MultiSelectInArchives"];

    private readonly object _gate = new();
    private readonly EntityTable<TaskMenuEntity> _menus;
    private readonly AppOwnership _owners = new();

    public TaskMenuStore(TimeProvider time) => _menus = new EntityTable<TaskMenuEntity>(_gate, "TaskMenu", time);

    public string Name => "TaskMenus";

    public IReadOnlyList<TaskMenuEntity> All() => _menus.Where(_ => true);

    public Stamped<TaskMenuEntity>? Find(int id) => _menus.Find(id);

    public TaskMenuEntity? FindByProgId(string progId) =>
        _menus.Where(menu => menu.ProgId.Equals(progId, StringComparison.Ordinal)).OrderBy(menu => menu.Deleted).FirstOrDefault();

    public IResult NotFound(int id) => _menus.NotFound(id);

    public (Stamped<TaskMenuEntity>? Saved, IResult? Error) Create(TaskMenuEntity draft, string ownerClientId)
    {
        if (Check(draft) is { } error)
        {
            return (null, error);
        }

        lock (_gate)
        {
            var created = _menus.Insert(draft);
            _owners.Set(created.Entity.TaskMenuId, ownerClientId);
            return (created, null);
        }
    }

    public EditResult<TaskMenuEntity> Update(int id, Func<TaskMenuEntity, IResult?> edit) =>
        _menus.Update(id, null, menu => edit(menu) ?? Check(menu));

    public bool Delete(int id)
    {
        lock (_gate)
        {
            return _owners.Delete(_menus, id);
        }
    }

    public IReadOnlyList<TaskMenuEntity> OwnedBy(string clientId)
    {
        lock (_gate)
        {
            return _owners.OwnedBy(_menus, clientId);
        }
    }

    public int DeleteOwnedBy(string clientId)
    {
        lock (_gate)
        {
            return _owners.DeleteOwnedBy(_menus, clientId);
        }
    }

    /// <summary>A name, and each enum field one of its documented names (normalised to their spelling).</summary>
    private static IResult? Check(TaskMenuEntity menu)
    {
        if (string.IsNullOrWhiteSpace(menu.Name))
        {
            return WebApiErrors.Invalid("Name", "Name is required.");
        }

        foreach (var (field, names, get, set) in new (string, string[], Func<string>, Action<string>)[]
                 {
                     ("TaskType", TaskTypes, () => menu.TaskType, v => menu.TaskType = v),
                     ("ShowInClient", Clients, () => menu.ShowInClient, v => menu.ShowInClient = v),
                     ("ArchiveBehaviour", ArchiveBehaviours, () => menu.ArchiveBehaviour, v => menu.ArchiveBehaviour = v),
                     ("Encoding", NavigationNames.UrlEncoding, () => menu.Encoding, v => menu.Encoding = v),
                 })
        {
            if (NavigationNames.Spelling(names, get()) is not { } spelled)
            {
                return WebApiErrors.Invalid(field, $"{field} must be one of {string.Join(", ", names)}.");
            }

            set(spelled);
        }

        return null;
    }

    public JsonNode Export()
    {
        lock (_gate)
        {
            return new JsonObject { ["Menus"] = _menus.Export(), ["Owners"] = _owners.Export() };
        }
    }

    public void Import(JsonNode state)
    {
        lock (_gate)
        {
            _menus.Import(state["Menus"]!);
            _owners.Import(state["Owners"]);
        }
    }
}

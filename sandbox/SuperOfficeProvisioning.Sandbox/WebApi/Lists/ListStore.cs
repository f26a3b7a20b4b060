using System.Text.Json;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Json;
using SuperOfficeProvisioning.Sandbox.State;

namespace SuperOfficeProvisioning.Sandbox.WebApi.Lists;

/// <summary>
/// List definitions, their items and the items' user group visibility, behind one lock. Lists are found by id or by
/// name (ignoring case); names are unique among lists that are not deleted.
/// </summary>
internal sealed class ListStore : IStatePart
{
    private const int MaxNameLength = 254;
    private readonly object _gate = new();
    private readonly EntityTable<ListDefinition> _definitions;
    private readonly EntityTable<ListItem> _items;

    // Item id → the user groups it is visible for; an item without an entry is visible for every group.
    private readonly Dictionary<int, SortedSet<int>> _visibility = [];

    public ListStore(TimeProvider time)
    {
        _definitions = new EntityTable<ListDefinition>(_gate, "List", time);
        _items = new EntityTable<ListItem>(_gate, "ListItem", time);
        foreach (var (rank, (name, items)) in BuiltInLists.All.Index())
        {
            var list = _definitions.Insert(new ListDefinition
            {
                Name = name, Rank = rank + 1, ListType = BuiltInLists.ListTypeOf(name), IsMDOList = true,
            }).Entity;
            foreach (var (itemRank, itemName) in items.Index())
            {
                _items.Insert(new ListItem { Name = itemName, Rank = itemRank + 1, UdListDefinitionId = list.Id });
            }
        }
    }

    public string Name => "Lists";

    public IReadOnlyList<ListDefinition> Definitions() => _definitions.Where(_ => true);

    public Stamped<ListDefinition>? FindDefinition(string idOrName)
    {
        if (int.TryParse(idOrName, out var id))
        {
            return _definitions.Find(id);
        }

        lock (_gate)
        {
            var match = _definitions.Where(list => list.Name.Equals(idOrName, StringComparison.OrdinalIgnoreCase))
                .OrderBy(list => list.Deleted)
                .FirstOrDefault();
            return match is null ? null : _definitions.Find(match.Id);
        }
    }

    public IResult ListNotFound(string idOrName) =>
        WebApiErrors.NotFound($"There is no list with id or name '{idOrName}'.", "List");

    /// <summary>Creates a custom list, answered as the docs show: IsCustomList false, ListType null.</summary>
    public (Stamped<ListDefinition>? Created, IResult? Error) CreateDefinition(ListDefinition draft)
    {
        draft.IsCustomList = false;
        draft.ListType = null;
        lock (_gate)
        {
            return CheckDefinition(draft) is { } error ? (null, error) : (_definitions.Insert(draft), null);
        }
    }

    public EditResult<ListDefinition> UpdateDefinition(int id, DateTimeOffset? unmodifiedSince, Func<ListDefinition, IResult?> edit) =>
        _definitions.Update(id, unmodifiedSince, list => edit(list) ?? CheckDefinition(list));

    /// <summary>Deletes a custom list and its items; built-in lists cannot be deleted.</summary>
    public IResult? DeleteDefinition(int id)
    {
        lock (_gate)
        {
            if (_definitions.Find(id)?.Entity is not { } list)
            {
                return _definitions.NotFound(id);
            }

            if (BuiltInLists.IsBuiltIn(list))
            {
                return WebApiErrors.Invalid("Id", $"'{list.Name}' is a built-in list and cannot be deleted.");
            }

            _definitions.Remove(id);
            foreach (var itemId in _items.RemoveWhere(item => item.UdListDefinitionId == id))
            {
                _visibility.Remove(itemId);
            }

            return null;
        }
    }

    public IReadOnlyList<ListItem> Items(int listId) => _items.Where(item => item.UdListDefinitionId == listId);

    public Stamped<ListItem>? FindItem(int listId, int itemId) =>
        _items.Find(itemId) is { Entity.UdListDefinitionId: var owner } found && owner == listId ? found : null;

    public IResult ItemNotFound(int itemId) => _items.NotFound(itemId);

    public (Stamped<ListItem>? Created, IResult? Error) CreateItem(int listId, ListItem draft)
    {
        draft.UdListDefinitionId = listId;
        lock (_gate)
        {
            return _definitions.Find(listId) is null ? (null, _definitions.NotFound(listId))
                : CheckItem(draft) is { } error ? (null, error)
                : (_items.Insert(draft), null);
        }
    }

    public EditResult<ListItem> UpdateItem(int listId, int itemId, DateTimeOffset? unmodifiedSince, Func<ListItem, IResult?> edit)
    {
        lock (_gate)
        {
            return FindItem(listId, itemId) is null
                ? new EditResult<ListItem>(null, _items.NotFound(itemId))
                : _items.Update(itemId, unmodifiedSince, item => edit(item) ?? CheckItem(item));
        }
    }

    public bool DeleteItem(int listId, int itemId)
    {
        lock (_gate)
        {
            if (FindItem(listId, itemId) is null)
            {
                return false;
            }

            _visibility.Remove(itemId);
            return _items.Remove(itemId);
        }
    }

    /// <summary>Every user group, Selected when the item is visible for it; null when the item is not in the list.</summary>
    public IReadOnlyList<UserGroupItem>? VisibleFor(int listId, int itemId)
    {
        lock (_gate)
        {
            if (FindItem(listId, itemId) is null)
            {
                return null;
            }

            var groups = UserGroups();
            IReadOnlySet<int> visible = _visibility.TryGetValue(itemId, out var chosen)
                ? chosen
                : groups.Select(group => group.Id).ToHashSet();
            return groups
                .Select(group => new UserGroupItem(group.Id, group.Name, group.Tooltip, group.Deleted, group.Rank, visible.Contains(group.Id)))
                .ToList();
        }
    }

    public (IReadOnlyList<UserGroupItem>? Visible, IResult? Error) SetVisibleFor(int listId, int itemId, IReadOnlyList<int> groupIds)
    {
        lock (_gate)
        {
            if (FindItem(listId, itemId) is null)
            {
                return (null, _items.NotFound(itemId));
            }

            var known = UserGroups().Select(group => group.Id).ToHashSet();
            if (groupIds.FirstOrDefault(id => !known.Contains(id)) is var unknown and not 0)
            {
                return (null, WebApiErrors.Invalid("Id", $"There is no user group with id {unknown}."));
            }

            _visibility[itemId] = new SortedSet<int>(groupIds);
            return (VisibleFor(listId, itemId), null);
        }
    }

    public JsonNode Export()
    {
        lock (_gate)
        {
            return new JsonObject
            {
                ["Definitions"] = _definitions.Export(),
                ["Items"] = _items.Export(),
                ["Visibility"] = JsonSerializer.SerializeToNode(_visibility, SandboxJson.Options),
            };
        }
    }

    public void Import(JsonNode state)
    {
        lock (_gate)
        {
            _definitions.Import(state["Definitions"]!);
            _items.Import(state["Items"]!);
            _visibility.Clear();
            var visibility = state["Visibility"]?.Deserialize<Dictionary<int, SortedSet<int>>>(SandboxJson.Options) ?? [];
            foreach (var (itemId, groups) in visibility)
            {
                _visibility[itemId] = groups;
            }
        }
    }

    private List<ListItem> UserGroups()
    {
        var list = FindDefinition(BuiltInLists.UserGroupList)!.Entity;
        return Items(list.Id).ToList();
    }

    private IResult? CheckDefinition(ListDefinition list)
    {
        if (CheckName(list.Name) is { } error)
        {
            return error;
        }

        var clash = _definitions.Where(other => other.Id != list.Id && !other.Deleted && !list.Deleted &&
                                                other.Name.Equals(list.Name, StringComparison.OrdinalIgnoreCase));
        return clash.Count > 0 ? WebApiErrors.Invalid("Name", $"A list named '{list.Name}' already exists.") : null;
    }

    private static IResult? CheckItem(ListItem item) => CheckName(item.Name);

    private static IResult? CheckName(string name) =>
        string.IsNullOrWhiteSpace(name) ? WebApiErrors.Invalid("Name", "Name is required.")
        : name.Length > MaxNameLength ? WebApiErrors.Invalid("Name", $"Name must be at most {MaxNameLength} characters.")
        : null;
}

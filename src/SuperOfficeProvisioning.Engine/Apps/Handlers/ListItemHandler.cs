using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Apps.Handlers;

/// <summary>
/// Items of the application's own lists and items it adds to existing lists, found by name within their list among
/// the items it recorded, with their visibility per user group.
/// </summary>
internal sealed class ListItemHandler : OwnedObjectHandler<DesiredListItem, ListItemHandler.ItemList>
{
    /// <summary>SuperOffice's table of custom list items.</summary>
    public const string CustomItemTable = SuperOfficeTables.CustomListItem;

    private const string UserGroupsField = "UserGroups";

    protected override string IdField => "Id";

    protected override IEnumerable<DesiredListItem> Desired(ProvisioningContext context) =>
        context.Application.Lists.SelectMany(list => list.Items).Concat(context.Application.ListItems);

    protected override ApplicationObjectResult NewRow(ProvisioningContext context, DesiredListItem item)
    {
        var row = context.Row(ApplicationObjectKind.ListItem, item.Name, item.ListName + "/" + item.Name);
        row.List = item.ListName;
        return row;
    }

    protected override string Target(DesiredListItem item) => $"Item '{item.Name}' of list '{item.ListName}'";

    protected override async Task<ItemList?> ScopeAsync(ProvisioningContext context, DesiredListItem item, ApplicationObjectResult row, HandlerMode mode, CancellationToken cancellationToken)
    {
        var ownList = item.InOwnList;
        var list = ownList
            ? await OwnListAsync(context, item.ListName, cancellationToken).ConfigureAwait(false)
            : (await context.FindListAsync(item.ListName, cancellationToken).ConfigureAwait(false)).Found;
        if (list is not null)
        {
            var table = ownList ? CustomItemTable : (string?)list["ListType"] is { Length: > 0 } listType ? listType : item.ListName.ToLowerInvariant();
            return new ItemList((int)list["Id"]!, table);
        }

        switch (mode)
        {
            case HandlerMode.Install when context.UncreatedLists.Contains(item.ListName):
                row.Status = ApplicationObjectStatus.Created;
                context.MayWrite(row, Target(item), "Create");
                return null;
            case HandlerMode.Install:
                throw new SoException("ListNotFound", SoErrorKind.NotFound, ownList
                    ? $"The application's list '{item.ListName}' is not in the tenant as one it created, so its item '{item.Name}' ({item.Path}) cannot be added."
                    : $"The list '{item.ListName}' does not exist in the tenant, so its item '{item.Name}' ({item.Path}) cannot be added.");
            case HandlerMode.Test:
                row.Status = ApplicationObjectStatus.Missing;
                return null;
            default:
                row.Status = ApplicationObjectStatus.Absent;
                return null;
        }
    }

    protected override RecordedObject Recorded(ProvisioningContext context, DesiredListItem item, ItemList list) =>
        RecordedObject.ForListItem(item.ListName, item.Name, list.Table);

    protected override async Task<IReadOnlyList<JObject>> ObjectsAsync(ProvisioningContext context, ItemList list, bool fresh, CancellationToken cancellationToken) =>
        fresh ? await context.ReloadItemsAsync(list.Id, cancellationToken).ConfigureAwait(false)
            : await context.ItemsAsync(list.Id, cancellationToken).ConfigureAwait(false);

    protected override bool Matches(JObject existing, DesiredListItem item) =>
        string.Equals((string?)existing["Name"], item.Name, StringComparison.OrdinalIgnoreCase);

    protected override async Task<List<FieldDifference>> CompareAsync(ProvisioningContext context, ItemList list, DesiredListItem item, JObject found, CancellationToken cancellationToken)
    {
        var differences = Match.Compare(Alive(item.Fields), found);
        if (item.UserGroups is not null)
        {
            var visible = await context.Lists.GetItemUserGroupsAsync(list.Id, (int)found["Id"]!, cancellationToken).ConfigureAwait(false);
            var current = visible.Select(g => (string?)g["Name"] ?? string.Empty).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
            var wanted = item.UserGroups.OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
            if (!new HashSet<string>(current, StringComparer.OrdinalIgnoreCase).SetEquals(wanted))
            {
                differences.Add(new FieldDifference(UserGroupsField, string.Join(", ", current), string.Join(", ", wanted)));
            }
        }

        return differences;
    }

    /// <summary>An unknown user group fails the item before anything is written for it.</summary>
    protected override Task PrepareAsync(ProvisioningContext context, DesiredListItem item, CancellationToken cancellationToken) =>
        GroupIdsAsync(context, item, cancellationToken);

    protected override Task<JObject> CreateAsync(ProvisioningContext context, ItemList list, DesiredListItem item, CancellationToken cancellationToken) =>
        context.Lists.CreateItemAsync(list.Id, item.Fields, cancellationToken);

    /// <summary>A new item is visible for everyone: only a narrower choice needs setting.</summary>
    protected override async Task AfterCreateAsync(ProvisioningContext context, ItemList list, DesiredListItem item, ApplicationObjectResult row, CancellationToken cancellationToken)
    {
        var groupIds = await GroupIdsAsync(context, item, cancellationToken).ConfigureAwait(false);
        var everyone = (await context.UserGroupsAsync(cancellationToken).ConfigureAwait(false)).Values;
        if (groupIds is not null && !new HashSet<int>(groupIds).SetEquals(everyone))
        {
            await context.Lists.SetItemUserGroupsAsync(list.Id, row.Id!.Value, everyone, groupIds, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task UpdateAsync(ProvisioningContext context, ItemList list, DesiredListItem item, JObject found, ApplicationObjectResult row, CancellationToken cancellationToken)
    {
        var entityChanges = row.Differences.Where(d => d.Field != UserGroupsField).ToList();
        if (entityChanges.Count > 0)
        {
            await context.Lists.UpdateItemAsync(list.Id, row.Id!.Value, Merge(found, entityChanges, Alive(item.Fields)), cancellationToken).ConfigureAwait(false);
        }

        var groupIds = await GroupIdsAsync(context, item, cancellationToken).ConfigureAwait(false);
        if (groupIds is not null && row.Differences.Any(d => d.Field == UserGroupsField))
        {
            var everyone = (await context.UserGroupsAsync(cancellationToken).ConfigureAwait(false)).Values;
            await context.Lists.SetItemUserGroupsAsync(list.Id, row.Id!.Value, everyone, groupIds, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override Task DeleteAsync(ProvisioningContext context, ItemList list, JObject existing, CancellationToken cancellationToken) =>
        context.Lists.DeleteItemAsync(list.Id, (int)existing[IdField]!, cancellationToken);

    /// <summary>The application's own list as its install record names it (a list merely of that name is not it).</summary>
    private static async Task<JObject?> OwnListAsync(ProvisioningContext context, string name, CancellationToken cancellationToken)
    {
        if (!context.OwnLists.TryGetValue(name, out var id))
        {
            var entry = await context.Record.ReadAsync(RecordedObject.ForList(name), cancellationToken).ConfigureAwait(false);
            id = entry.RecordId;
            if (id is null && entry.CreateAnnounced)
            {
                id = (int?)(await context.FindListAsync(name, cancellationToken).ConfigureAwait(false)).Found?["Id"];
            }

            context.OwnLists[name] = id;
        }

        return id is null ? null : (await context.AllListsAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(list => (int?)list["Id"] == id);
    }

    /// <summary>The ids of the user groups the item should be visible for; an unknown group name fails the item.</summary>
    private static async Task<IReadOnlyList<int>?> GroupIdsAsync(ProvisioningContext context, DesiredListItem item, CancellationToken cancellationToken)
    {
        if (item.UserGroups is null)
        {
            return null;
        }

        var groups = await context.UserGroupsAsync(cancellationToken).ConfigureAwait(false);
        var unknown = item.UserGroups.Where(name => !groups.ContainsKey(name)).ToList();
        if (unknown.Count > 0)
        {
            throw new SoException("UserGroupNotFound", SoErrorKind.NotFound,
                $"The tenant has no user group {string.Join(", ", unknown.Select(n => "'" + n + "'"))} ({item.Path}.userGroups); it has {string.Join(", ", groups.Keys)}.");
        }

        return item.UserGroups.Select(name => groups[name]).ToList();
    }

    /// <summary>The list an item lives in, and the table its record ids belong to.</summary>
    internal sealed class ItemList
    {
        public ItemList(int id, string table)
        {
            Id = id;
            Table = table;
        }

        public int Id { get; }

        public string Table { get; }
    }
}

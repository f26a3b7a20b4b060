using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Apps.Handlers;

/// <summary>
/// Items of the application's own lists and items it adds to existing lists, matched by name within their list,
/// with their visibility per user group.
/// </summary>
internal sealed class ListItemHandler : ProvisioningHandler
{
    private const string UserGroupsField = "UserGroups";

    public override async Task InstallAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        foreach (var item in AllItems(context.Application))
        {
            var row = NewRow(context, item);
            (int ListId, Match Match)? found = null;
            await context.HandleAsync(row, async () => found = await InstallOneAsync(context, item, row, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            foreach (var duplicate in found?.Match.Duplicates ?? new List<JObject>())
            {
                await RemoveDuplicateAsync(context, item, found!.Value.ListId, row.Id, duplicate, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public override async Task TestAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        foreach (var item in AllItems(context.Application))
        {
            var row = NewRow(context, item);
            await context.HandleAsync(row, async () =>
            {
                var listId = (int?)(await context.FindListAsync(item.ListName, cancellationToken).ConfigureAwait(false)).Found?["Id"];
                var match = listId is null ? null : await FindAsync(context, listId.Value, item, cancellationToken).ConfigureAwait(false);
                var differences = match?.Found is null ? new List<FieldDifference>()
                    : await CompareAsync(context, listId!.Value, item, match.Found, cancellationToken).ConfigureAwait(false);
                Plan(row, match?.Found, "Id", differences, testing: true);
                if (match is not null)
                {
                    NoteCopies(row, match);
                }
            }).ConfigureAwait(false);
        }
    }

    public override async Task UninstallAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        foreach (var item in AllItems(context.Application).Reverse())
        {
            var row = NewRow(context, item);
            await context.HandleAsync(row, async () =>
            {
                var listId = (int?)(await context.FindListAsync(item.ListName, cancellationToken).ConfigureAwait(false)).Found?["Id"];
                var match = listId is null ? null : await FindAsync(context, listId.Value, item, cancellationToken).ConfigureAwait(false);
                if (match?.Found is null)
                {
                    row.Status = ApplicationObjectStatus.Absent;
                    return;
                }

                var copies = new[] { match.Found }.Concat(match.Duplicates).ToList();
                row.Id = (int?)match.Found["Id"];
                row.Status = ApplicationObjectStatus.Removed;
                row.Detail = copies.Count > 1 ? $"{copies.Count} copies removed." : null;
                if (context.MayWrite(row, Target(item), "Delete"))
                {
                    foreach (var copy in copies)
                    {
                        await context.Lists.DeleteItemAsync(listId!.Value, (int)copy["Id"]!, cancellationToken).ConfigureAwait(false);
                    }
                }
            }).ConfigureAwait(false);
        }
    }

    /// <summary>Installs one item; returns its list and what matched it (null when its list is yet to be created).</summary>
    private static async Task<(int ListId, Match Match)?> InstallOneAsync(ProvisioningContext context, DesiredListItem item, ApplicationObjectResult row, CancellationToken cancellationToken)
    {
        var listId = (int?)(await context.FindListAsync(item.ListName, cancellationToken).ConfigureAwait(false)).Found?["Id"];
        if (listId is null)
        {
            if (!context.UncreatedLists.Contains(item.ListName))
            {
                throw new SoException("ListNotFound", SoErrorKind.NotFound, $"The list '{item.ListName}' does not exist in the tenant, so its item '{item.Name}' ({item.Path}) cannot be added.");
            }

            row.Status = ApplicationObjectStatus.Created;
            context.MayWrite(row, Target(item), "Create");
            return null;
        }

        var match = await FindAsync(context, listId.Value, item, cancellationToken).ConfigureAwait(false);
        var groupIds = await GroupIdsAsync(context, item, cancellationToken).ConfigureAwait(false);
        var differences = match.Found is null ? new List<FieldDifference>()
            : await CompareAsync(context, listId.Value, item, match.Found, cancellationToken).ConfigureAwait(false);
        Plan(row, match.Found, "Id", differences, testing: false);
        if (row.Status != ApplicationObjectStatus.Unchanged && context.MayWrite(row, Target(item), ActionOf(row)))
        {
            await WriteAsync(context, listId.Value, item, match.Found, row, groupIds, cancellationToken).ConfigureAwait(false);
        }

        return (listId.Value, match);
    }

    private static async Task RemoveDuplicateAsync(ProvisioningContext context, DesiredListItem item, int listId, int? keptId, JObject duplicate, CancellationToken cancellationToken)
    {
        var extra = NewRow(context, item);
        extra.Id = (int?)duplicate["Id"];
        extra.Status = ApplicationObjectStatus.Removed;
        extra.Detail = keptId is null ? "A duplicate." : $"A duplicate of item {keptId}.";
        await context.HandleAsync(extra, async () =>
        {
            if (context.MayWrite(extra, Target(item) + $" (duplicate {extra.Id})", "Delete"))
            {
                await context.Lists.DeleteItemAsync(listId, extra.Id!.Value, cancellationToken).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
    }

    private static async Task WriteAsync(ProvisioningContext context, int listId, DesiredListItem item, JObject? found, ApplicationObjectResult row,
        IReadOnlyList<int>? groupIds, CancellationToken cancellationToken)
    {
        var setGroups = groupIds is not null && row.Differences.Any(d => d.Field == UserGroupsField);
        if (found is null)
        {
            var created = await context.Lists.CreateItemAsync(listId, item.Fields, cancellationToken).ConfigureAwait(false);
            row.Id = (int?)created["Id"];
            var everyone = (await context.UserGroupsAsync(cancellationToken).ConfigureAwait(false)).Values;
            setGroups = groupIds is not null && !new HashSet<int>(groupIds).SetEquals(everyone);
        }
        else if (row.Differences.Any(d => d.Field != UserGroupsField))
        {
            var entityChanges = row.Differences.Where(d => d.Field != UserGroupsField);
            await context.Lists.UpdateItemAsync(listId, row.Id!.Value, Merge(found, entityChanges, Alive(item.Fields)), cancellationToken).ConfigureAwait(false);
        }

        if (setGroups)
        {
            await context.Lists.SetItemUserGroupsAsync(listId, row.Id!.Value, groupIds!, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<List<FieldDifference>> CompareAsync(ProvisioningContext context, int listId, DesiredListItem item, JObject found, CancellationToken cancellationToken)
    {
        var differences = Match.Compare(Alive(item.Fields), found);
        if (item.UserGroups is not null)
        {
            var visible = await context.Lists.GetItemUserGroupsAsync(listId, (int)found["Id"]!, cancellationToken).ConfigureAwait(false);
            var current = visible.Select(g => (string?)g["Name"] ?? string.Empty).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
            var wanted = item.UserGroups.OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
            if (!new HashSet<string>(current, StringComparer.OrdinalIgnoreCase).SetEquals(wanted))
            {
                differences.Add(new FieldDifference(UserGroupsField, string.Join(", ", current), string.Join(", ", wanted)));
            }
        }

        return differences;
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

    private static async Task<Match> FindAsync(ProvisioningContext context, int listId, DesiredListItem item, CancellationToken cancellationToken) =>
        Match.Pick((await context.ItemsAsync(listId, cancellationToken).ConfigureAwait(false))
            .Where(existing => string.Equals((string?)existing["Name"], item.Name, StringComparison.OrdinalIgnoreCase)), "Id");

    private static IEnumerable<DesiredListItem> AllItems(ApplicationDefinition application) =>
        application.Lists.SelectMany(list => list.Items).Concat(application.ListItems);

    private static ApplicationObjectResult NewRow(ProvisioningContext context, DesiredListItem item)
    {
        var row = context.Row(ApplicationObjectKind.ListItem, item.Name, item.ListName + "/" + item.Name);
        row.List = item.ListName;
        return row;
    }

    private static string Target(DesiredListItem item) => $"Item '{item.Name}' of list '{item.ListName}'";
}

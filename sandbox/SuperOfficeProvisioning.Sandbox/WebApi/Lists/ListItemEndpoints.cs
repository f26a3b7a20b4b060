using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Sandbox.WebApi.Lists;

/// <summary>
/// List items, addressed through their list's id or name: <c>GET|POST /List/{id|name}/Items</c>,
/// <c>GET|PUT|DELETE /List/{id|name}/Items/{id}</c> and visibility <c>GET|PUT …/Items/{id}/UserGroups</c>.
/// </summary>
internal static class ListItemEndpoints
{
    private const string ItemRoute = "/List/{idOrName}/Items/{itemId:int}";

    private static readonly IReadOnlySet<string> ServerManaged = new HashSet<string>(["Id", "UdListDefinitionId"]);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/List/{idOrName}/Items", (HttpContext context, string idOrName, ListStore lists) =>
            WithList(lists, idOrName, list => PlainList.Create(context, lists.Items(list.Id), item => item.Deleted)));
        api.MapPost("/List/{idOrName}/Items", CreateAsync);
        api.MapGet(ItemRoute, (HttpContext context, string idOrName, int itemId, ListStore lists) =>
            WithList(lists, idOrName, list => lists.FindItem(list.Id, itemId) is { } item
                ? WebApiResults.Entity(context, item)
                : lists.ItemNotFound(itemId)));
        api.MapPut(ItemRoute, UpdateAsync);
        api.MapDelete(ItemRoute, (HttpContext context, string idOrName, int itemId, ListStore lists) =>
            WithList(lists, idOrName, list => lists.DeleteItem(list.Id, itemId)
                ? WebApiResults.Deleted(context)
                : lists.ItemNotFound(itemId)));
        api.MapGet(ItemRoute + "/UserGroups", (string idOrName, int itemId, ListStore lists) =>
            WithList(lists, idOrName, list => lists.VisibleFor(list.Id, itemId) is { } groups
                ? WebApiResults.Json(groups)
                : lists.ItemNotFound(itemId)));
        api.MapPut(ItemRoute + "/UserGroups", SetUserGroupsAsync);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, string idOrName, ListStore lists)
    {
        if (lists.FindDefinition(idOrName) is not { Entity: var list })
        {
            return lists.ListNotFound(idOrName);
        }

        var (body, error) = await RequestBody.ReadObjectAsync(context);
        var draft = new ListItem();
        if ((error ?? JsonFields.Apply(draft, body!, ServerManaged)) is { } invalid)
        {
            return invalid;
        }

        var (created, rejected) = lists.CreateItem(list.Id, draft);
        return rejected ?? WebApiResults.Saved(context, created!);
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, string idOrName, int itemId, ListStore lists)
    {
        if (lists.FindDefinition(idOrName) is not { Entity: var list })
        {
            return lists.ListNotFound(idOrName);
        }

        var (body, error) = await RequestBody.ReadObjectAsync(context);
        if (error is not null)
        {
            return error;
        }

        var result = lists.UpdateItem(list.Id, itemId, WebApiResults.UnmodifiedSince(context),
            item => JsonFields.Apply(item, body!, ServerManaged));
        return WebApiResults.Edited(context, result);
    }

    /// <summary>The body is the array of user groups (SelectableMDOListItem) the item becomes visible for; only Id is read.</summary>
    private static async Task<IResult> SetUserGroupsAsync(HttpContext context, string idOrName, int itemId, ListStore lists)
    {
        if (lists.FindDefinition(idOrName) is not { Entity: var list })
        {
            return lists.ListNotFound(idOrName);
        }

        var (body, error) = await RequestBody.ReadAsync(context);
        if (error is not null)
        {
            return error;
        }

        if (body is not JsonArray groups || groups.Any(group => GroupId(group) is null))
        {
            return WebApiErrors.Invalid("UserGroups", "The body must be an array of SelectableMDOListItem user groups, each with a numeric Id.");
        }

        var (visible, rejected) = lists.SetVisibleFor(list.Id, itemId, groups.Where(Selected).Select(group => GroupId(group)!.Value).ToList());
        if (rejected is not null)
        {
            return rejected;
        }

        SandboxWrites.MarkMutated(context);
        return WebApiResults.Json(visible);
    }

    /// <summary>
    /// SelectableMDOListItem's Selected says whether the item is visible for the group. A group sent without it (the
    /// bare <c>[{"Id":…}]</c> some clients send) counts as chosen; its being in the body is the only choice it can mean.
    /// </summary>
    private static bool Selected(JsonNode? group) =>
        group!["Selected"] is not JsonValue selected || !selected.TryGetValue<bool>(out var value) || value;

    private static int? GroupId(JsonNode? group) =>
        group is JsonObject item && item["Id"] is JsonValue id && id.TryGetValue<int>(out var value) ? value : null;

    private static IResult WithList(ListStore lists, string idOrName, Func<ListDefinition, IResult> handle) =>
        lists.FindDefinition(idOrName) is { Entity: var list } ? handle(list) : lists.ListNotFound(idOrName);
}

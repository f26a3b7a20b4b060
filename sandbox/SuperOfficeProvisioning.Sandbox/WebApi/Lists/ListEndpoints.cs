
namespace SuperOfficeProvisioning.Sandbox.WebApi.Lists;

/// <summary>List definitions: <c>GET|POST /List</c> and <c>GET|PUT|PATCH|DELETE /List/{id|name}</c>.</summary>
internal static class ListEndpoints
{
    // Fields the server decides: a body may carry them, but they are ignored.
    private static readonly IReadOnlySet<string> ServerManaged =
        new HashSet<string>(["Id", "IsCustomList", "ListType", "InUseByUserDefinedFields"]);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/List", (HttpContext context, ListStore lists) => PlainList.Create(context, lists.Definitions(), list => list.Deleted));
        api.MapPost("/List", CreateAsync);
        api.MapGet("/List/{idOrName}", (HttpContext context, string idOrName, ListStore lists) =>
            lists.FindDefinition(idOrName) is { } list ? WebApiResults.Entity(context, list) : lists.ListNotFound(idOrName));
        api.MapPut("/List/{idOrName}", (HttpContext context, string idOrName, ListStore lists) =>
            UpdateAsync(context, idOrName, lists, patch: false));
        api.MapPatch("/List/{idOrName}", (HttpContext context, string idOrName, ListStore lists) =>
            UpdateAsync(context, idOrName, lists, patch: true));
        api.MapDelete("/List/{idOrName}", Delete);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, ListStore lists)
    {
        var (body, error) = await RequestBody.ReadObjectAsync(context);
        var draft = new ListDefinition();
        if ((error ?? JsonFields.Apply(draft, body!, ServerManaged)) is { } invalid)
        {
            return invalid;
        }

        var (created, rejected) = lists.CreateDefinition(draft);
        return rejected ?? WebApiResults.Saved(context, created!);
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, string idOrName, ListStore lists, bool patch)
    {
        if (lists.FindDefinition(idOrName) is not { } found)
        {
            return lists.ListNotFound(idOrName);
        }

        var (body, error) = patch ? await RequestBody.ReadAsync(context) : await RequestBody.ReadObjectAsync(context);
        if (error is not null)
        {
            return error;
        }

        var result = lists.UpdateDefinition(found.Entity.Id, WebApiResults.UnmodifiedSince(context), list => patch
            ? EntityPatch.Apply(list, body!, ServerManaged, () => new ListDefinition())
            : JsonFields.Apply(list, body!.AsObject(), ServerManaged));
        return WebApiResults.Edited(context, result);
    }

    private static IResult Delete(HttpContext context, string idOrName, ListStore lists)
    {
        if (lists.FindDefinition(idOrName) is not { } found)
        {
            return lists.ListNotFound(idOrName);
        }

        return lists.DeleteDefinition(found.Entity.Id) ?? WebApiResults.Deleted(context);
    }
}

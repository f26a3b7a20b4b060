using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Sandbox.WebApi.WebPanels;

/// <summary>
/// Web panels as list items: <c>GET|POST /List/WebPanel/Items</c> and <c>GET|PUT|DELETE /List/WebPanel/Items/{id}</c>.
/// DELETE here is a soft delete: the panel is marked Deleted and stays readable.
/// </summary>
internal static class WebPanelEndpoints
{
    private const string ItemRoute = "/List/WebPanel/Items/{id:int}";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/List/WebPanel/Items", (HttpContext context, WebPanelStore panels) =>
            PlainList.Create(context, panels.All(), panel => panel.Deleted));
        api.MapPost("/List/WebPanel/Items", CreateAsync);
        api.MapGet(ItemRoute, (HttpContext context, int id, WebPanelStore panels) =>
            panels.Find(id) is { } panel ? WebApiResults.Entity(context, panel) : panels.NotFound(id));
        api.MapPut(ItemRoute, UpdateAsync);
        api.MapDelete(ItemRoute, (HttpContext context, int id, WebPanelStore panels) =>
            panels.SoftDelete(id) ? WebApiResults.Deleted(context) : panels.NotFound(id));
    }

    /// <summary>Creates a panel owned by the calling application.</summary>
    internal static (Stamped<WebPanelEntity>? Created, IResult? Error) Create(
        HttpContext context, WebPanelStore panels, JsonObject body)
    {
        var draft = new WebPanelEntity();
        return JsonFields.Apply(draft, body, WebPanelRules.ServerManaged) is { } invalid
            ? (null, invalid)
            : panels.Create(draft, WebApiAuthentication.CallerOf(context).ClientId);
    }

    internal static IResult Update(HttpContext context, WebPanelStore panels, int id, JsonObject body) =>
        WebApiResults.Edited(context, panels.Update(id, WebApiResults.UnmodifiedSince(context),
            panel => JsonFields.Apply(panel, body, WebPanelRules.ServerManaged)));

    private static async Task<IResult> CreateAsync(HttpContext context, WebPanelStore panels)
    {
        var (body, error) = await RequestBody.ReadObjectAsync(context);
        if (error is not null)
        {
            return error;
        }

        var (created, rejected) = Create(context, panels, body!);
        return rejected ?? WebApiResults.Saved(context, created!);
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, int id, WebPanelStore panels)
    {
        var (body, error) = await RequestBody.ReadObjectAsync(context);
        return error ?? Update(context, panels, id, body!);
    }
}

namespace SuperOfficeProvisioning.Sandbox.WebApi.WebPanels;

/// <summary>
/// The list agent's web panel calls, all <c>POST /Agents/List/…</c>. DeleteWebPanel is a hard delete; GetAppWebPanels
/// and DeleteAppWebPanels act on the panels the calling application created.
/// </summary>
internal static class WebPanelAgentEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var agent = api.MapGroup("/Agents/List");
        agent.MapPost("/CreateDefaultWebPanelEntity", () => WebApiResults.Json(new WebPanelEntity()));
        agent.MapPost("/SaveWebPanelEntity", SaveAsync);
        agent.MapPost("/GetWebPanelEntity", GetAsync);
        agent.MapPost("/GetWebPanelByProgId", GetByProgIdAsync);
        agent.MapPost("/DeleteWebPanel", DeleteAsync);
        agent.MapPost("/GetAppWebPanels", (HttpContext context, WebPanelStore panels) =>
            WebApiResults.Json(panels.OwnedBy(WebApiAuthentication.CallerOf(context).ClientId)));
        agent.MapPost("/DeleteAppWebPanels", (HttpContext context, WebPanelStore panels) =>
            panels.DeleteOwnedBy(WebApiAuthentication.CallerOf(context).ClientId) > 0
                ? WebApiResults.Deleted(context)
                : Results.NoContent());
    }

    /// <summary>Creates the panel when WebPanelId is 0 (or absent), otherwise updates the fields the body carries.</summary>
    private static Task<IResult> SaveAsync(HttpContext context, WebPanelStore panels) =>
        AgentArguments.SaveAsync(context, "WebPanelId",
            (id, body) => WebPanelEndpoints.Update(context, panels, id, body),
            body =>
            {
                var (created, rejected) = WebPanelEndpoints.Create(context, panels, body);
                return rejected ?? WebApiResults.Saved(context, created!);
            });

    private static async Task<IResult> GetAsync(HttpContext context, WebPanelStore panels)
    {
        var (arguments, error) = await AgentArguments.ReadAsync(context);
        if (error is not null)
        {
            return error;
        }

        var (id, invalid) = arguments!.RequiredInt("WebPanelEntityId", "WebPanelId", "Id");
        return invalid ?? (panels.Find(id) is { } panel ? WebApiResults.Entity(context, panel) : panels.NotFound(id));
    }

    private static async Task<IResult> GetByProgIdAsync(HttpContext context, WebPanelStore panels)
    {
        var (arguments, error) = await AgentArguments.ReadAsync(context);
        if (error is not null)
        {
            return error;
        }

        var (progId, invalid) = arguments!.RequiredString("ProgId");
        return invalid ?? (panels.FindByProgId(progId) is { } panel
            ? WebApiResults.Json(panel)
            : WebApiErrors.NotFound($"There is no web panel with ProgId '{progId}'.", "WebPanel"));
    }

    private static async Task<IResult> DeleteAsync(HttpContext context, WebPanelStore panels)
    {
        var (arguments, error) = await AgentArguments.ReadAsync(context);
        if (error is not null)
        {
            return error;
        }

        var (id, invalid) = arguments!.RequiredInt("Id", "WebPanelId");
        return invalid ?? (panels.Delete(id) ? WebApiResults.Deleted(context) : panels.NotFound(id));
    }
}

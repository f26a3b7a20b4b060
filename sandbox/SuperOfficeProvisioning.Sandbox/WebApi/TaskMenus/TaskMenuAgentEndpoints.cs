namespace SuperOfficeProvisioning.Sandbox.WebApi.TaskMenus;

/// <summary>
/// The list agent's task menu calls, all <c>POST /Agents/List/…</c>: CreateDefaultTaskMenu, SaveTaskMenu (creates when
/// TaskMenuId is 0), GetTaskMenu, GetTaskMenuByProgId, DeleteTaskMenu, and the app-scoped GetAppTaskMenus and
/// DeleteAppTaskMenus (the items the calling application created). There is no REST route for task menus.
/// </summary>
internal static class TaskMenuAgentEndpoints
{
    private static readonly IReadOnlySet<string> ServerManaged = new HashSet<string>(["TaskMenuId"]);

    public static void Map(IEndpointRouteBuilder api)
    {
        var agent = api.MapGroup("/Agents/List");
        agent.MapPost("/CreateDefaultTaskMenu", () => WebApiResults.Json(new TaskMenuEntity()));
        agent.MapPost("/SaveTaskMenu", SaveAsync);
        agent.MapPost("/GetTaskMenu", async (HttpContext context, TaskMenuStore menus) =>
        {
            var (arguments, error) = await AgentArguments.ReadAsync(context);
            var (id, invalid) = error is null ? arguments!.RequiredInt("TaskMenuId", "Id") : (0, error);
            return invalid ?? (menus.Find(id) is { } menu ? WebApiResults.Entity(context, menu) : menus.NotFound(id));
        });
        agent.MapPost("/GetTaskMenuByProgId", async (HttpContext context, TaskMenuStore menus) =>
        {
            var (arguments, error) = await AgentArguments.ReadAsync(context);
            var (progId, invalid) = error is null ? arguments!.RequiredString("ProgId") : ("", error);
            return invalid ?? (menus.FindByProgId(progId) is { } menu
                ? WebApiResults.Json(menu)
                : WebApiErrors.NotFound($"There is no task menu with ProgId '{progId}'.", "TaskMenu"));
        });
        agent.MapPost("/DeleteTaskMenu", async (HttpContext context, TaskMenuStore menus) =>
        {
            var (arguments, error) = await AgentArguments.ReadAsync(context);
            var (id, invalid) = error is null ? arguments!.RequiredInt("TaskMenuId", "Id") : (0, error);
            return invalid ?? (menus.Delete(id) ? WebApiResults.Deleted(context) : menus.NotFound(id));
        });
        agent.MapPost("/GetAppTaskMenus", (HttpContext context, TaskMenuStore menus) =>
            WebApiResults.Json(menus.OwnedBy(WebApiAuthentication.CallerOf(context).ClientId)));
        agent.MapPost("/DeleteAppTaskMenus", (HttpContext context, TaskMenuStore menus) =>
            menus.DeleteOwnedBy(WebApiAuthentication.CallerOf(context).ClientId) > 0 ? WebApiResults.Deleted(context) : Results.NoContent());
    }

    private static Task<IResult> SaveAsync(HttpContext context, TaskMenuStore menus) =>
        AgentArguments.SaveAsync(context, "TaskMenuId",
            (id, body) => WebApiResults.Edited(context, menus.Update(id, menu => JsonFields.Apply(menu, body, ServerManaged))),
            body =>
            {
                var draft = new TaskMenuEntity();
                if (JsonFields.Apply(draft, body, ServerManaged) is { } invalid)
                {
                    return invalid;
                }

                var (saved, rejected) = menus.Create(draft, WebApiAuthentication.CallerOf(context).ClientId);
                return rejected ?? WebApiResults.Saved(context, saved!);
            });
}

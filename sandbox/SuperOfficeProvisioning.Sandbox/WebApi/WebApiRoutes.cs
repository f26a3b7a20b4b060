using SuperOfficeProvisioning.Sandbox.WebApi.ForeignApps;
using SuperOfficeProvisioning.Sandbox.WebApi.Lists;
using SuperOfficeProvisioning.Sandbox.WebApi.Users;
using SuperOfficeProvisioning.Sandbox.WebApi.WebPanels;

namespace SuperOfficeProvisioning.Sandbox.WebApi;

/// <summary>The REST WebAPI subset under <c>/{ctx}/api/v1</c>, every route behind <see cref="WebApiAuthentication"/>.</summary>
internal static class WebApiRoutes
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/{ctx}/api").AddEndpointFilter<WebApiAuthentication>();
        var v1 = api.MapGroup("/v1");
        ListEndpoints.Map(v1);
        ListItemEndpoints.Map(v1);
        WebPanelEndpoints.Map(v1);
        WebPanelAgentEndpoints.Map(v1);
        UserEndpoints.Map(v1);
        ForeignAppEndpoints.Map(v1);
        ForeignKeyEndpoints.Map(v1);
        ForeignSystemAgentEndpoints.Map(v1);
        DiagnosticsAgentEndpoints.Map(v1);
        TaskMenus.TaskMenuAgentEndpoints.Map(v1);

        // Anything else under the API answers SuperOffice's 404 body rather than an empty one.
        api.Map("/{**path}", (string? path) =>
            WebApiErrors.NotFound($"The WebAPI has no route 'api/{path}' in this sandbox.", "WebApi"));
    }
}

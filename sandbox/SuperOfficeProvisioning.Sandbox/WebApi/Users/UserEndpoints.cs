using SuperOfficeProvisioning.Sandbox.WebApi.OData;

namespace SuperOfficeProvisioning.Sandbox.WebApi.Users;

/// <summary>The read-only user archive: <c>GET /User</c>, <c>GET /User/{id}</c>, <c>GET /User/currentPrincipal</c>.</summary>
internal static class UserEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/User", (HttpContext context, UserArchive users) => ODataPage.Create(context, users.All()));
        api.MapGet("/User/currentPrincipal", (HttpContext context, UserArchive users) =>
            WebApiResults.Json(users.Principal(WebApiAuthentication.CallerOf(context))));
        api.MapGet("/User/{id:int}", (int id, UserArchive users) => users.Find(id) is { } user
            ? WebApiResults.Json(user)
            : WebApiErrors.NotFound($"User with id {id} does not exist.", "User"));
    }
}

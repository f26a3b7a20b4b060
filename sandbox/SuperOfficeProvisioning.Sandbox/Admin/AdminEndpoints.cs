using System.Net;
using System.Text.Json;
using SuperOfficeProvisioning.Sandbox.Faults;
using SuperOfficeProvisioning.Sandbox.Hosting;
using SuperOfficeProvisioning.Sandbox.Json;
using SuperOfficeProvisioning.Sandbox.Stats;
using SuperOfficeProvisioning.Sandbox.Tenant;

namespace SuperOfficeProvisioning.Sandbox.Admin;

/// <summary>
/// The sandbox's own control surface under <c>/_sandbox</c>, for loopback callers that send
/// <c>X-Sandbox-Admin-Key</c>: faults, tenant state and stats. It is never faulted and never counted.
/// </summary>
internal static class AdminEndpoints
{
    public const string Prefix = "/_sandbox";
    public const string KeyHeader = "X-Sandbox-Admin-Key";

    public static bool IsAdminPath(PathString path) => path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);

    public static void Map(IEndpointRouteBuilder routes, string adminKey)
    {
        var admin = routes.MapGroup(Prefix).AddEndpointFilter((context, next) => Guard(context, next, adminKey));
        admin.MapGet("/stats", (StatsCollector stats) => Json(stats.Snapshot()));
        admin.MapPost("/stats/reset", (StatsCollector stats) =>
        {
            stats.Reset();
            return Results.NoContent();
        });
        admin.MapGet("/faults", (FaultInjector faults) => Json(faults.Current));
        admin.MapPut("/faults", async (HttpContext context, FaultInjector faults) =>
            await ReadAsync<FaultOptions>(context) is { } options
                ? Apply(() => faults.Configure(options))
                : BadRequest("The body must be a FaultOptions object."));
        admin.MapGet("/tenant-state", (TenantStatus status) => Json(new TenantStateBody(status.State)));
        admin.MapPut("/tenant-state", async (HttpContext context, TenantStatus status) =>
            await ReadAsync<TenantStateBody>(context) is { State: { } state }
                ? Apply(() => status.Set(state))
                : BadRequest("The body must be {\"State\":\"Running\"} or another tenant state name."));
    }

    private static async ValueTask<object?> Guard(EndpointFilterInvocationContext context, EndpointFilterDelegate next, string adminKey)
    {
        var http = context.HttpContext;
        if (http.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        return SandboxApplication.FixedTimeEquals(http.Request.Headers[KeyHeader].ToString(), adminKey)
            ? await next(context)
            : Results.Json(new { Error = $"Send the sandbox's admin key in {KeyHeader}." }, SandboxJson.Options,
                statusCode: StatusCodes.Status401Unauthorized);
    }

    private static IResult Apply(Action change)
    {
        try
        {
            change();
            return Results.NoContent();
        }
        catch (ArgumentException exception)
        {
            return BadRequest(exception.Message);
        }
    }

    private static async Task<T?> ReadAsync<T>(HttpContext context)
        where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(context.Request.Body, SandboxJson.Options, context.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult Json(object value) => Results.Json(value, SandboxJson.Options);

    private static IResult BadRequest(string message) =>
        Results.Json(new { Error = message }, SandboxJson.Options, statusCode: StatusCodes.Status400BadRequest);

    private sealed record TenantStateBody(string? State);
}

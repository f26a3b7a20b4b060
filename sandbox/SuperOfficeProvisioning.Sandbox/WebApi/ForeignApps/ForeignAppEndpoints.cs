namespace SuperOfficeProvisioning.Sandbox.WebApi.ForeignApps;

/// <summary>
/// Foreign applications and their devices, as SuperOffice documents <c>/ForeignApp</c>: an app found by id or name,
/// its devices by name and device identifier. Creates answer 200 with the entity, and saving what exists returns it.
/// </summary>
internal static class ForeignAppEndpoints
{
    internal const string DeviceRoute = "/ForeignApp/{applicationName}/{deviceName}/{deviceIdentifier}";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/ForeignApp", (ForeignAppStore store) => WebApiResults.Json(store.Apps()));
        api.MapGet("/ForeignApp/default", () =>
            WebApiResults.Json(new ForeignAppView(0, "", default, default, null, null, [])));
        api.MapPost("/ForeignApp", CreateFromBodyAsync);
        api.MapGet("/ForeignApp/{idOrName}", (string idOrName, ForeignAppStore store) =>
            store.FindApp(Segment(idOrName)) is { } app ? WebApiResults.Json(app) : AppNotFound(idOrName));
        api.MapPost("/ForeignApp/{appName}", (HttpContext context, string appName, ForeignAppStore store) => SaveByName(context, appName, store));
        api.MapPut("/ForeignApp/{appName}", (HttpContext context, string appName, ForeignAppStore store) => SaveByName(context, appName, store));
        api.MapDelete("/ForeignApp/{id:int}", (HttpContext context, int id, ForeignAppStore store) =>
            store.DeleteApp(id) ? WebApiResults.Deleted(context) : AppNotFound(id.ToString()));

        api.MapGet("/ForeignApp/{applicationName}/Devices", (string applicationName, ForeignAppStore store) =>
            store.Devices(Segment(applicationName)) is { } devices ? WebApiResults.Json(devices) : AppNotFound(applicationName));
        api.MapGet(DeviceRoute, (string applicationName, string deviceName, string deviceIdentifier, ForeignAppStore store) =>
            store.FindDevice(Segment(applicationName), Segment(deviceName), Segment(deviceIdentifier)) is { } device
                ? WebApiResults.Json(device)
                : DeviceNotFound(deviceName, deviceIdentifier));
        api.MapPost(DeviceRoute, SaveDevice);
        api.MapPut(DeviceRoute, SaveDevice);
        api.MapDelete(DeviceRoute, (HttpContext context, string applicationName, string deviceName, string deviceIdentifier, ForeignAppStore store) =>
            store.DeleteDevice(Segment(applicationName), Segment(deviceName), Segment(deviceIdentifier))
                ? WebApiResults.Deleted(context)
                : DeviceNotFound(deviceName, deviceIdentifier));
    }

    /// <summary>A name from the path; ASP.NET Core leaves an escaped '/' escaped in route values.</summary>
    internal static string Segment(string raw) => raw.Replace("%2F", "/").Replace("%2f", "/");

    /// <summary>Who the WebAPI records as the author of a change.</summary>
    internal static string Author(HttpContext context) => "Associate " + WebApiAuthentication.CallerOf(context).AssociateId;

    internal static IResult AppNotFound(string name) =>
        WebApiErrors.NotFound($"There is no foreign application '{Segment(name)}'.", "ForeignApp");

    internal static IResult DeviceNotFound(string deviceName, string identifier) =>
        WebApiErrors.NotFound($"There is no foreign device '{Segment(deviceName)}' with identifier '{Segment(identifier)}'.", "ForeignDevice");

    private static async Task<IResult> CreateFromBodyAsync(HttpContext context, ForeignAppStore store)
    {
        var (body, error) = await RequestBody.ReadObjectAsync(context);
        if (error is not null)
        {
            return error;
        }

        var name = body!.FirstOrDefault(p => p.Key.Equals("Name", StringComparison.OrdinalIgnoreCase)).Value?.GetValue<string>();
        return string.IsNullOrWhiteSpace(name) ? WebApiErrors.Invalid("Name", "Name is required.") : SaveByName(context, name, store);
    }

    private static IResult SaveByName(HttpContext context, string appName, ForeignAppStore store)
    {
        var before = store.FindApp(Segment(appName));
        var app = store.SaveApp(Segment(appName));
        return before is null ? Written(context, app) : WebApiResults.Json(app);
    }

    private static IResult SaveDevice(HttpContext context, string applicationName, string deviceName, string deviceIdentifier, ForeignAppStore store)
    {
        var before = store.FindDevice(Segment(applicationName), Segment(deviceName), Segment(deviceIdentifier));
        if (store.SaveDevice(Segment(applicationName), Segment(deviceName), Segment(deviceIdentifier), Author(context)) is not { } device)
        {
            return AppNotFound(applicationName);
        }

        return before is null ? Written(context, device) : WebApiResults.Json(device);
    }

    internal static IResult Written(HttpContext context, object entity)
    {
        SandboxWrites.MarkMutated(context);
        return WebApiResults.Json(entity);
    }
}

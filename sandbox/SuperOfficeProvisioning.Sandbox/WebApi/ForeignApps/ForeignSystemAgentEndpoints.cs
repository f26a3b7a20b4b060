namespace SuperOfficeProvisioning.Sandbox.WebApi.ForeignApps;

/// <summary>
/// The foreign system agent's call that lists a device's keys, <c>POST /Agents/ForeignSystem/GetDeviceKeysOnDeviceIdentifier</c>
/// with <c>{ApplicationName, DeviceName, DeviceIdentifier}</c>: the only documented way to read every key of a device
/// (no REST route lists them). An unknown app or device has no keys.
/// </summary>
internal static class ForeignSystemAgentEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var agent = api.MapGroup("/Agents/ForeignSystem");
        agent.MapPost("/GetDeviceKeysOnDeviceIdentifier", async (HttpContext context, ForeignAppStore store) =>
        {
            var (arguments, error) = await AgentArguments.ReadAsync(context);
            if (error is not null)
            {
                return error;
            }

            var (app, noApp) = arguments!.RequiredString("ApplicationName");
            var (device, noDevice) = arguments.RequiredString("DeviceName");
            var (identifier, _) = arguments.OptionalString("DeviceIdentifier");
            return noApp ?? noDevice ?? WebApiResults.Json(store.DeviceKeys(app, device, identifier));
        });
    }
}

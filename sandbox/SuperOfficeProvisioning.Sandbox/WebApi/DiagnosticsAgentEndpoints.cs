using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Sandbox.WebApi;

/// <summary>
/// The diagnostics agent's <c>POST /Agents/Diagnostics/FlushCachesByName</c> with <c>{"CacheNames":[…]}</c>, 204: what
/// the web panel docs ask for after panels change (the DevNet sample flushes "ExtAppCache"). The sandbox keeps no
/// caches to flush; the request stats show whether, and how often, a client asked.
/// </summary>
internal static class DiagnosticsAgentEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/Agents/Diagnostics/FlushCachesByName", async (HttpContext context) =>
        {
            var (body, error) = await RequestBody.ReadObjectAsync(context);
            if (error is not null)
            {
                return error;
            }

            return body!["CacheNames"] is JsonArray names && names.All(name => name is JsonValue value && value.TryGetValue<string>(out _))
                ? Results.NoContent()
                : WebApiErrors.Invalid("CacheNames", "CacheNames is an array of cache names.");
        });
    }
}

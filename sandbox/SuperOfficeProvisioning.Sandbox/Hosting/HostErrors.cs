using SuperOfficeProvisioning.Sandbox.Tenant;
using SuperOfficeProvisioning.Sandbox.WebApi;

namespace SuperOfficeProvisioning.Sandbox.Hosting;

/// <summary>
/// Errors the host itself answers (injected faults, unhandled exceptions), in the format of the route family asked:
/// RFC 7644 section 3.12 for the SCIM gateway, SuperOffice's error body everywhere else.
/// </summary>
internal static class HostErrors
{
    public static Task WriteAsync(HttpContext context, int status, string errorType, string message)
    {
        if (TenantPath.Parse(context.Request.Path) is { IsScim: true })
        {
            return Results.Json(
                new Dictionary<string, object>
                {
                    ["schemas"] = new[] { "urn:ietf:params:scim:api:messages:2.0:Error" },
                    ["status"] = status.ToString(),
                    ["detail"] = message,
                },
                contentType: "application/scim+json",
                statusCode: status).ExecuteAsync(context);
        }

        return WebApiErrors.WriteAsync(context, status, errorType, message, "Sandbox");
    }
}

using System.Net.Http.Headers;
using SuperOfficeProvisioning.Sandbox.Hosting;
using SuperOfficeProvisioning.Sandbox.SuperId;

namespace SuperOfficeProvisioning.Sandbox.WebApi;

/// <summary>
/// Admits a WebAPI request with <c>Authorization: Bearer {access token}</c> issued by SuperID, or with
/// <c>Authorization: SOTicket {ticket}</c> plus <c>SO-AppToken: {client secret}</c>; anything else is 401.
/// </summary>
internal sealed class WebApiAuthentication(CredentialStore credentials, SandboxApplication application) : IEndpointFilter
{
    private const string CallerKey = "sandbox.caller";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (Authenticate(http.Request) is not { } caller)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer, SOTicket";
            return WebApiErrors.Result(StatusCodes.Status401Unauthorized, "UnauthorizedAccessException",
                "Send 'Authorization: Bearer {access token}', or 'Authorization: SOTicket {ticket}' with 'SO-AppToken'.",
                "Authorization");
        }

        http.Items[CallerKey] = caller;
        return await next(context);
    }

    /// <summary>The authenticated caller of a WebAPI request.</summary>
    public static Caller CallerOf(HttpContext context) => (Caller)context.Items[CallerKey]!;

    private Caller? Authenticate(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header) ||
            string.IsNullOrEmpty(header.Parameter))
        {
            return null;
        }

        if (header.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return credentials.FindAccessToken(header.Parameter);
        }

        if (header.Scheme.Equals("SOTicket", StringComparison.OrdinalIgnoreCase) &&
            application.IsClientSecret(request.Headers["SO-AppToken"].ToString()))
        {
            return credentials.UseTicket(header.Parameter);
        }

        return null;
    }
}

using SuperOfficeProvisioning.Sandbox.Hosting;
using SuperOfficeProvisioning.Sandbox.WebApi;

namespace SuperOfficeProvisioning.Sandbox.Tenant;

/// <summary>
/// Guards every tenant-scoped route (<c>/{ctx}/api/…</c> and <c>/{ctx}/scim/…</c>): a context identifier this host
/// does not serve answers 421 Misdirected Request, and a tenant that is not running answers 503, both with
/// SuperOffice's error body. Running as middleware, it covers the SCIM gateway's routes too.
/// </summary>
internal sealed class TenantGateMiddleware(RequestDelegate next, SandboxAddresses addresses, TenantStatus status)
{
    private const int RetryAfterSeconds = 60;

    public async Task InvokeAsync(HttpContext context)
    {
        if (TenantPath.Parse(context.Request.Path) is not { ContextIdentifier: var ctx })
        {
            await next(context);
            return;
        }

        if (!addresses.IsOwnContext(ctx))
        {
            await WebApiErrors.WriteAsync(context, StatusCodes.Status421MisdirectedRequest, "SoMisdirectedRequestException",
                $"Tenant '{ctx}' is not served by this host; look up its endpoint with GET /api/state/{ctx}.", "TenantStatus");
            return;
        }

        if (!status.IsRunning)
        {
            if (status.IsTransient)
            {
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
            }

            await WebApiErrors.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "SoTenantNotRunningException",
                $"Tenant '{addresses.ContextIdentifier}' is not running (state {status.State}).", "TenantStatus");
            return;
        }

        await next(context);
    }
}

using SuperOfficeProvisioning.Sandbox.Hosting;
using SuperOfficeProvisioning.Sandbox.Json;

namespace SuperOfficeProvisioning.Sandbox.Tenant;

/// <summary><c>GET /api/state/{ctx}</c>: the public, unauthenticated tenant status API.</summary>
internal static class TenantStatusEndpoint
{
    /// <summary>The SuperOffice release the sandbox reports.</summary>
    public const string Version = "10.5";

    // Clients re-check the status after ValidUntil; SuperOffice does not say how long it is; ten minutes keeps them honest.
    private static readonly TimeSpan Validity = TimeSpan.FromMinutes(10);

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/state/{ctx}", (string ctx, SandboxAddresses addresses, TenantStatus status) =>
        {
            var validUntil = DateTime.UtcNow.Add(Validity);
            var body = addresses.IsOwnContext(ctx)
                ? new StatusBody(addresses.ContextIdentifier, addresses.TenantUrl.AbsoluteUri, status.State,
                    status.IsRunning, validUntil, new Uri(addresses.BaseUri, $"{addresses.ContextIdentifier}/api").AbsoluteUri,
                    Version)
                : new StatusBody(ctx, null, "Unknown", false, validUntil, null, null);
            return Results.Json(body, SandboxJson.Options);
        });

    private sealed record StatusBody(
        string ContextIdentifier,
        string? Endpoint,
        string State,
        bool IsRunning,
        DateTime ValidUntil,
        string? Api,
        string? Version);
}

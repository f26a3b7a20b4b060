using System.Text.Json;
using Microsoft.Extensions.Primitives;

namespace SuperOfficeProvisioning.Sandbox.Hosting;

/// <summary>
/// The front of a multi-tenant host, as SuperOffice Online serves many tenants from one host behind one SuperID: each
/// request goes to its tenant's own pipeline (its data, SCIM token, state, faults and stats), chosen by the context
/// identifier in the path (<c>/{ctx}/api/…</c>, <c>/{ctx}/scim/…</c>, <c>/api/state/{ctx}</c>) or, for a system user
/// sign-in, in the body. SuperID's other routes (discovery, keys, interactive sign-in) and the admin routes are the
/// first tenant's. It also counts requests that carry one tenant's credential to another tenant.
/// </summary>
internal sealed class TenantRouter
{
    private const string SystemUserPath = "/login/api/PartnerSystemUser/Authenticate";
    private readonly IReadOnlyList<RoutedTenant> _tenants;
    private readonly Dictionary<string, RoutedTenant> _byContext;
    private long _crossTenantRequests;

    public TenantRouter(IReadOnlyList<RoutedTenant> tenants)
    {
        _tenants = tenants;
        _byContext = tenants.ToDictionary(t => t.Tenant.Addresses.ContextIdentifier, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Requests that carried a credential another tenant issued (its SCIM token, access token or ticket).</summary>
    public long CrossTenantRequests => Interlocked.Read(ref _crossTenantRequests);

    public async Task InvokeAsync(HttpContext context)
    {
        var target = await ChooseAsync(context);
        if (CarriesAnotherTenantsCredential(context.Request.Headers.Authorization, target))
        {
            Interlocked.Increment(ref _crossTenantRequests);
        }

        var front = context.RequestServices;
        await using var scope = target.Services.CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        try
        {
            await target.Pipeline(context);
        }
        finally
        {
            context.RequestServices = front;
        }
    }

    private async Task<RoutedTenant> ChooseAsync(HttpContext context)
    {
        var segments = context.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (segments.Length > 0 && _byContext.TryGetValue(segments[0], out var byPath))
        {
            return byPath;
        }

        if (segments is ["api", "state", var ctx, ..])
        {
            return _byContext.GetValueOrDefault(ctx) ?? _tenants[0];
        }

        if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(SystemUserPath, StringComparison.OrdinalIgnoreCase)
            && await ContextIdentifierInBodyAsync(context.Request) is { } named && _byContext.TryGetValue(named, out var byBody))
        {
            return byBody;
        }

        return _tenants[0];
    }

    /// <summary>The ContextIdentifier a system user sign-in names; the body is left for the tenant to read again.</summary>
    private static async Task<string?> ContextIdentifierInBodyAsync(HttpRequest request)
    {
        request.EnableBuffering();
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            if (body.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var property in body.RootElement.EnumerateObject())
            {
                if (property.Name.Equals("ContextIdentifier", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
                {
                    return property.Value.GetString();
                }
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
        finally
        {
            request.Body.Position = 0;
        }
    }

    private bool CarriesAnotherTenantsCredential(StringValues authorization, RoutedTenant target)
    {
        var header = authorization.ToString();
        var space = header.IndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        var credential = header[(space + 1)..].Trim();
        return credential.Length > 0 && _tenants.Any(other => !ReferenceEquals(other, target)
            && (string.Equals(other.Tenant.ScimToken, credential, StringComparison.Ordinal) || other.Tenant.Credentials.Issued(credential)));
    }
}

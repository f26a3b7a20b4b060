using System.Security.Cryptography.X509Certificates;
using SuperOfficeProvisioning.Sandbox.Hosting;

namespace SuperOfficeProvisioning.Sandbox;

/// <summary>
/// A started host serving several sandbox tenants behind one SuperID. Each tenant is steered through its own
/// <see cref="RunningSandbox"/> (its details, stats, faults, state, users); dispose the host to stop them all.
/// </summary>
public sealed class RunningSandboxHost : IAsyncDisposable
{
    private readonly WebApplication _front;
    private readonly IReadOnlyList<WebApplication> _pipelines;
    private readonly TenantRouter _router;
    private readonly IReadOnlyList<SandboxTenant> _tenants;
    private readonly SharedSandboxParts _shared;
    private readonly X509Certificate2 _certificate;
    private readonly Dictionary<string, RunningSandbox> _byContext;
    private int _disposed;

    internal RunningSandboxHost(
        WebApplication front, IReadOnlyList<WebApplication> pipelines, TenantRouter router, IReadOnlyList<SandboxTenant> tenants,
        SharedSandboxParts shared, X509Certificate2 certificate)
    {
        _front = front;
        _pipelines = pipelines;
        _router = router;
        _tenants = tenants;
        _shared = shared;
        _certificate = certificate;
        Tenants = tenants.Select(tenant => new RunningSandbox(null, tenant, certificate)).ToList();
        _byContext = Tenants.ToDictionary(t => t.Details.ContextIdentifier, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The tenants, in the order they were given.</summary>
    public IReadOnlyList<RunningSandbox> Tenants { get; }

    /// <summary>What every tenant shares (host, SuperID, application, certificate) is in each tenant's details too.</summary>
    public SandboxDetails Details => Tenants[0].Details;

    /// <summary>
    /// Requests that arrived at one tenant carrying a credential another tenant issued (its SCIM token, an access token
    /// or a ticket): a client that mixes up its tenants shows here.
    /// </summary>
    public long CrossTenantRequests => _router.CrossTenantRequests;

    /// <summary>The tenant with this context identifier.</summary>
    /// <exception cref="KeyNotFoundException">The host serves no such tenant.</exception>
    public RunningSandbox Tenant(string contextIdentifier) =>
        _byContext.TryGetValue(contextIdentifier, out var tenant)
            ? tenant
            : throw new KeyNotFoundException($"This sandbox serves no tenant '{contextIdentifier}'.");

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _front.StopAsync();
        await _front.DisposeAsync();
        foreach (var pipeline in _pipelines)
        {
            await pipeline.DisposeAsync();
        }

        foreach (var tenant in _tenants)
        {
            await tenant.DisposeAsync();
        }

        _shared.Dispose();
        _certificate.Dispose();
    }
}

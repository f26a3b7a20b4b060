using System.Security.Cryptography.X509Certificates;
using SuperOfficeProvisioning.Sandbox.Hosting;
using SuperOfficeProvisioning.Sandbox.SuperId;

namespace SuperOfficeProvisioning.Sandbox;

/// <summary>
/// A started sandbox tenant. Dispose it to stop the host, save the state file and delete the key file; a tenant of a
/// multi-tenant host stops with its host (<see cref="RunningSandboxHost"/>), not on its own.
/// </summary>
public sealed class RunningSandbox : IAsyncDisposable
{
    private readonly WebApplication? _app;
    private readonly SandboxTenant _tenant;
    private readonly X509Certificate2 _certificate;
    private int _disposed;

    /// <param name="app">The host, when this tenant is its only one; null for a tenant of a multi-tenant host.</param>
    internal RunningSandbox(WebApplication? app, SandboxTenant tenant, X509Certificate2 certificate)
    {
        _app = app;
        _tenant = tenant;
        _certificate = certificate;

        var addresses = tenant.Addresses;
        Details = new SandboxDetails
        {
            ContextIdentifier = addresses.ContextIdentifier,
            BaseUri = addresses.BaseUri,
            Authority = addresses.BaseUri,
            WebApiUrl = addresses.WebApiUrl,
            ScimUrl = addresses.ScimUrl,
            ScimToken = tenant.ScimToken,
            ClientId = tenant.Application.ClientId,
            RedirectUri = tenant.Application.RedirectUris[0],
            ClientSecret = tenant.Application.ClientSecret,
            SystemUserToken = tenant.Consent.Token,
            PrivateKeyPath = tenant.Application.PrivateKeyPath,
            CertificateThumbprint = LoopbackCertificate.Thumbprint(certificate),
            AdminKey = tenant.AdminKey,
            AccessToken = tenant.Credentials.IssueAccessToken(
                new Caller(TenantAdministrator.AssociateId, tenant.Application.ClientId, CallerKind.User)),
            AdminUserName = tenant.Administrator.UserName,
            Seed = tenant.Seed,
        };
    }

    public SandboxDetails Details { get; }

    public SandboxStats GetStats() => _tenant.Stats.Snapshot();

    public void ResetStats() => _tenant.Stats.Reset();

    /// <summary>Puts new fault options into effect; throws <see cref="ArgumentException"/> for invalid ones.</summary>
    public void SetFaults(FaultOptions faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        _tenant.Faults.Configure(faults);
    }

    /// <summary>Sets the tenant state (Running, Suspended, OfflineMaintenance …); throws for an unknown state name.</summary>
    public void SetTenantState(string state) => _tenant.Status.Set(state);

    /// <summary>The users the SCIM gateway has provisioned, as SuperOffice sees them after the SCIM rules.</summary>
    public IReadOnlyList<SuperOfficeUserProjection> GetSuperOfficeUsers() => _tenant.UserSource.GetSuperOfficeUsers();

    /// <summary>
    /// The tenant's lists (with their items), web panels and buttons, and task menus that are not deleted, one line each
    /// (<c>List Name</c>, <c>ListItem List/Name</c>, <c>WebPanel ProgId</c>, <c>TaskMenu ProgId</c>), sorted: what a test
    /// reads back to see what a run left in this tenant.
    /// </summary>
    public IReadOnlyList<string> GetApplicationObjects()
    {
        var objects = new List<string>();
        foreach (var list in _tenant.Lists.Definitions().Where(l => !l.Deleted))
        {
            objects.Add("List " + list.Name);
            objects.AddRange(_tenant.Lists.Items(list.Id).Where(i => !i.Deleted).Select(i => $"ListItem {list.Name}/{i.Name}"));
        }

        objects.AddRange(_tenant.WebPanels.All().Where(p => !p.Deleted).Select(p => "WebPanel " + p.ProgId));
        objects.AddRange(_tenant.TaskMenus.All().Where(m => !m.Deleted).Select(m => "TaskMenu " + m.ProgId));
        objects.Sort(StringComparer.Ordinal);
        return objects;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is null || Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        await _tenant.DisposeAsync();
        _certificate.Dispose();
    }
}

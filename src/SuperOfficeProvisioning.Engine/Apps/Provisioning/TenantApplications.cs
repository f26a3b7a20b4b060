using System;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Audit;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Tenants;

namespace SuperOfficeProvisioning.Engine.Apps.Provisioning;

/// <summary>
/// An application's work (install, test, uninstall) on many tenants' connections: each connection a
/// <see cref="TenantFanOut"/> piece, at most <see cref="ThrottleLimit"/> at once, two connections to the same tenant
/// one after the other, each with its own provisioner, its own audit log beside <see cref="LogPath"/>, and its rows kept
/// by the <see cref="TenantObjectHost"/> it is given. One tenant's failure is its <see cref="TenantRun{T}"/>'s.
/// </summary>
public sealed class TenantApplications : IDisposable
{
    private readonly TenantFanOut _fanOut;

    public TenantApplications(int throttleLimit) => _fanOut = new TenantFanOut(throttleLimit);

    public int ThrottleLimit => _fanOut.ThrottleLimit;

    /// <summary>The audit log each tenant keeps beside (see <see cref="AuditLog.PathForTenant"/>); null for none.</summary>
    public string? LogPath { get; set; }

    /// <summary>The command the audit log lines name.</summary>
    public string Command { get; set; } = string.Empty;

    /// <summary>How a tenant is named in its results and errors: its context identifier.</summary>
    public static string TenantOf(SoConnection connection) => connection.ContextIdentifier ?? connection.ToString();

    /// <summary>
    /// Queues <paramref name="work"/> (given the provisioner and the tenant's context identifier) on the tenant of
    /// <paramref name="connection"/>; <paramref name="configure"/> sets the provisioner's options first.
    /// </summary>
    public Task<TenantRun<bool>> RunAsync(SoConnection connection, TenantObjectHost objects, Action<ApplicationProvisioner>? configure,
        Func<ApplicationProvisioner, string, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        _fanOut.RunAsync(TenantOf(connection), KeyOf(connection), async token =>
        {
            if (connection.WebApiUrl is null || connection.ContextIdentifier is null)
            {
                throw new SoException("NotConnected", SoErrorKind.Connection, "The connection has no WebAPI side: connect it with Connect-SoTenant -ContextIdentifier (or -WebApiUrl) first.");
            }

            using var log = AuditLog.Open(LogPath is null ? null : AuditLog.PathForTenant(LogPath, connection.ContextIdentifier), Command);
            var provisioner = new ApplicationProvisioner(connection, objects, log);
            configure?.Invoke(provisioner);
            await work(provisioner, connection.ContextIdentifier, token).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public void Dispose() => _fanOut.Dispose();

    /// <summary>The same tenant's connections share a key, whatever connection each is: its WebAPI address.</summary>
    private static string KeyOf(SoConnection connection) => connection.WebApiUrl?.AbsoluteUri ?? connection.Id.ToString();
}

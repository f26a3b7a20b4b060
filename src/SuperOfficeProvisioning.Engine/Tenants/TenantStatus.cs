using System;

namespace SuperOfficeProvisioning.Engine.Tenants;

/// <summary>A tenant's state as SuperOffice's public status API reports it (<c>GET {auth host}/api/state/{ctx}</c>).</summary>
public sealed class TenantStatus
{
    public TenantStatus(string contextIdentifier, string state, bool isRunning)
    {
        ContextIdentifier = contextIdentifier;
        State = state;
        IsRunning = isRunning;
    }

    public string ContextIdentifier { get; }

    /// <summary>Unknown, Provisioning, Running, Deleted, Suspended, OnlineMaintenance, OfflineMaintenance, …</summary>
    public string State { get; }

    /// <summary>True for Running and OnlineMaintenance.</summary>
    public bool IsRunning { get; }

    /// <summary>Where the tenant is served now (e.g. https://sod2.superoffice.com/Cust12345); it moves.</summary>
    public Uri? Endpoint { get; set; }

    public Uri? Api { get; set; }

    /// <summary>Until when this answer holds; check again after it.</summary>
    public DateTimeOffset? ValidUntil { get; set; }

    public string? Version { get; set; }

    /// <summary>The asking host (the environment's SuperID host).</summary>
    public Uri? Authority { get; set; }

    /// <summary>The tenant's WebAPI base, <c>{Endpoint}/api/</c>.</summary>
    public Uri? WebApiUrl
    {
        get
        {
            if (Endpoint is not null)
            {
                return new Uri(Endpoint.AbsoluteUri.TrimEnd('/') + "/api/");
            }

            return Api is null ? null : new Uri(Api.AbsoluteUri.TrimEnd('/') + "/");
        }
    }

    public override string ToString() => $"{ContextIdentifier}: {State}";
}

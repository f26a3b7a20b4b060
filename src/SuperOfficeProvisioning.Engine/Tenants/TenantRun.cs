using System;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Tenants;

/// <summary>How one tenant's piece of a fan-out went: its value, or the failure that ended it, and what it cost.</summary>
/// <typeparam name="T">What the work returns.</typeparam>
public sealed class TenantRun<T>
{
    internal TenantRun(string tenant, T? value, SoException? failure, long requests, TimeSpan duration)
    {
        Tenant = tenant;
        Value = value;
        Failure = failure;
        Requests = requests;
        Duration = duration;
    }

    /// <summary>The tenant as the caller named it (its context identifier).</summary>
    public string Tenant { get; }

    /// <summary>What the work returned; the default when it failed.</summary>
    public T? Value { get; }

    /// <summary>The failure that ended the tenant's work, if one did: the other tenants went on.</summary>
    public SoException? Failure { get; }

    public bool Succeeded => Failure is null;

    /// <summary>Attempts the tenant's work put on the wire, retries included, and nothing another tenant sent.</summary>
    public long Requests { get; }

    /// <summary>From the moment the work had a slot to its end (waiting for a slot is not counted).</summary>
    public TimeSpan Duration { get; }

    /// <summary>The failure with the tenant in its message (unless it names it already), for an error read among other tenants' errors.</summary>
    public SoException? NamedFailure => Failure is null
        ? null
        : new SoException(Failure.ErrorId, Failure.Kind, Failure.Message.Contains(Tenant) ? Failure.Message : $"Tenant {Tenant}: {Failure.Message}", Failure);
}

using System;
using System.Collections.Generic;
using SuperOfficeProvisioning.Engine.Users;

namespace SuperOfficeProvisioning.Engine.Sync;

/// <summary>One row of a sync plan: what is done to whom, which attributes change, and how it went.</summary>
public sealed class SyncChange
{
    public SyncChange(SyncAction action, string target)
    {
        Action = action;
        Target = target;
    }

    public SyncAction Action { get; }

    /// <summary>The user name (or, for the group itself, its display name).</summary>
    public string Target { get; }

    /// <summary>The SCIM id, once known.</summary>
    public string? ScimId { get; set; }

    private SortedDictionary<string, string?>? _attributes;

    /// <summary>
    /// Attribute name → new value, for creates and updates. A create's are worked out from its draft when first
    /// read: a sync of 100,000 new users would otherwise carry them all.
    /// </summary>
    public IDictionary<string, string?> Attributes => _attributes ??= new SortedDictionary<string, string?>(
        Action == SyncAction.CreateUser && Draft is not null ? SyncPlanner.NewUserAttributes(Draft) : new Dictionary<string, string?>(),
        StringComparer.Ordinal);

    public SyncChangeStatus Status { get; set; } = SyncChangeStatus.Planned;

    public string? Error { get; set; }

    internal UserDraft? Draft { get; set; }

    /// <summary>The PATCH operations of an update.</summary>
    internal List<Newtonsoft.Json.Linq.JObject>? Operations { get; set; }

    public override string ToString() => $"{Action} {Target}";
}

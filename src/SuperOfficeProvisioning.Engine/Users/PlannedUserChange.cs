using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Scim;

namespace SuperOfficeProvisioning.Engine.Users;

/// <summary>One input user's row of a <see cref="UserPlan"/>: what will be sent, and whether it was approved.</summary>
public sealed class PlannedUserChange
{
    private readonly List<SoGroup> _approvedGroups = new List<SoGroup>();

    internal PlannedUserChange(UserChangeKind kind, UserDraft draft, SoUser? current)
    {
        Kind = kind;
        Draft = draft;
        Current = current;
    }

    public UserChangeKind Kind { get; }

    public UserDraft Draft { get; }

    /// <summary>The user as the tenant has it; null for a create, or when the lookup failed.</summary>
    public SoUser? Current { get; }

    /// <summary>A create's groups; the groups a <see cref="UserChangeKind.CompleteMembership"/> adds the user to.</summary>
    public IReadOnlyList<SoGroup> Groups { get; internal set; } = Array.Empty<SoGroup>();

    /// <summary>An update's PATCH operations, or a de-provision's.</summary>
    public IReadOnlyList<JObject> Operations { get; internal set; } = Array.Empty<JObject>();

    /// <summary>The fields an update changes, by name.</summary>
    public IReadOnlyList<string> ChangedFields { get; internal set; } = Array.Empty<string>();

    /// <summary>The error a <see cref="UserChangeKind.Fail"/> (or, once its groups are done, a membership completion) reports.</summary>
    public SoException? Error { get; internal set; }

    /// <summary>Whether the write may go ahead (-WhatIf and -Confirm answered it); always false for a row that writes nothing.</summary>
    public bool Approved { get; internal set; }

    /// <summary>The groups of a membership completion that were approved.</summary>
    public IReadOnlyList<SoGroup> ApprovedGroups => _approvedGroups;

    /// <summary>The name ShouldProcess shows.</summary>
    public string Target => Current?.UserName ?? Draft.UserName;

    /// <summary>The action ShouldProcess shows; null for a row that writes nothing.</summary>
    public string? Action => Kind switch
    {
        UserChangeKind.Create => "Create SuperOffice user" + (Groups.Count > 0 ? " in " + string.Join(", ", Groups.Select(g => g.DisplayName)) : string.Empty),
        UserChangeKind.Update => "Update " + string.Join(", ", ChangedFields),
        UserChangeKind.Disable => "De-provision SuperOffice user (active = false)",
        UserChangeKind.Delete => "Delete SuperOffice user",
        _ => null,
    };

    internal void ApproveGroup(SoGroup group) => _approvedGroups.Add(group);
}

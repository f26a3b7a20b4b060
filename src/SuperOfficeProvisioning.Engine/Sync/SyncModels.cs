using System;
using System.Collections.Generic;
using System.Linq;
using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Engine.Users;

namespace SuperOfficeProvisioning.Engine.Sync;

/// <summary>What happens to members that are in the SCIM group but no longer in the input.</summary>
public enum RemovedMemberAction
{
    RemoveFromGroup,
    Disable,
    Delete,
}

public enum SyncAction
{
    CreateGroup,
    CreateUser,
    UpdateUser,
    ReactivateUser,
    DisableUser,
    DeleteUser,
    AddMember,
    RemoveMember,
}

public enum SyncChangeStatus
{
    Planned,
    Applied,
    Failed,
    Skipped,
}

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

/// <summary>What the gateway held when a sync read it: the group (null when missing) and every user.</summary>
public sealed class SyncSnapshot
{
    internal SyncSnapshot(long requestsBefore) => RequestsBefore = requestsBefore;

    public SoGroup? Group { get; internal set; }

    internal List<SoUser> Users { get; } = new List<SoUser>();

    /// <summary>False when the gateway could not list its users whole: the plan then looks its users up by filter.</summary>
    internal bool UsersComplete { get; set; } = true;

    /// <summary>The connection's request count when the reading began, so the result counts the reads too.</summary>
    internal long RequestsBefore { get; }

    /// <summary>Runs from the start of the reading, so the result's duration covers it.</summary>
    internal System.Diagnostics.Stopwatch Watch { get; } = System.Diagnostics.Stopwatch.StartNew();
}

/// <summary>What Sync-SoGroup did (or, with -WhatIf, would do).</summary>
public sealed class SyncResult
{
    public string GroupName { get; set; } = string.Empty;

    public string? GroupScimId { get; set; }

    public string? GroupExternalId { get; set; }

    public bool WhatIf { get; set; }

    public int DesiredMembers { get; set; }

    public int Unchanged { get; set; }

    /// <summary>Input rows that failed validation (each reported as an error).</summary>
    public int Unreadable { get; set; }

    /// <summary>Members left exactly as they were because their input row could not be read.</summary>
    public int Held { get; set; }

    /// <summary>Removals not made because an unreadable row named no user (see the warning).</summary>
    public int RemovalsWithheld { get; set; }

    public int Created => Count(SyncAction.CreateUser);

    public int Updated => Count(SyncAction.UpdateUser);

    public int Reactivated => Count(SyncAction.ReactivateUser);

    public int Disabled => Count(SyncAction.DisableUser);

    public int Deleted => Count(SyncAction.DeleteUser);

    public int MembersAdded => Count(SyncAction.AddMember);

    public int MembersRemoved => Count(SyncAction.RemoveMember);

    public int Failed { get; set; }

    public long RequestsSent { get; set; }

    public TimeSpan Duration { get; set; }

    public List<SyncChange> Changes { get; } = new List<SyncChange>();

    private int Count(SyncAction action)
    {
        var count = 0;
        foreach (var change in Changes)
        {
            if (change.Action == action && change.Status != SyncChangeStatus.Failed && change.Status != SyncChangeStatus.Skipped)
            {
                count++;
            }
        }

        return count;
    }
}

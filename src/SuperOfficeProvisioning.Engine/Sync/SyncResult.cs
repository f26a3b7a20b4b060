using System;
using System.Collections.Generic;

namespace SuperOfficeProvisioning.Engine.Sync;

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

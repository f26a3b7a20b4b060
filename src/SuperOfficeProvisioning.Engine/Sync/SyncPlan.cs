using System.Collections.Generic;
using System.Linq;

namespace SuperOfficeProvisioning.Engine.Sync;

/// <summary>The whole set of changes a sync makes, worked out before anything is written.</summary>
public sealed class SyncPlan
{
    public bool CreatesGroup { get; set; }

    /// <summary>Creates, updates, reactivations and disables of desired members.</summary>
    public List<SyncChange> UserChanges { get; } = new List<SyncChange>();

    public List<SyncChange> MemberAdds { get; } = new List<SyncChange>();

    public List<SyncChange> MemberRemovals { get; } = new List<SyncChange>();

    /// <summary>Disables or deletes of users who left the group (per -RemovedMemberAction).</summary>
    public List<SyncChange> LeaverChanges { get; } = new List<SyncChange>();

    public int Unchanged { get; set; }

    /// <summary>Members kept as they are because their input row could not be read.</summary>
    public int Held { get; set; }

    /// <summary>
    /// Removals not planned because a row that could not be read names no user: any member might be that row's
    /// user, so none is taken out this time.
    /// </summary>
    public int RemovalsWithheld { get; set; }

    /// <summary>Members the sync takes out of the group, whatever the action.</summary>
    public int Removals => MemberRemovals.Count + LeaverChanges.Count(c => c.Action == SyncAction.DeleteUser);

    public IEnumerable<SyncChange> All => UserChanges.Concat(MemberAdds).Concat(MemberRemovals).Concat(LeaverChanges);
}

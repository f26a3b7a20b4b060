using System.Collections.Generic;
using SuperOfficeProvisioning.Engine.Users;

namespace SuperOfficeProvisioning.Engine.Sync;

/// <summary>Sync-SoGroup's inputs.</summary>
public sealed class GroupSyncRequest
{
    public GroupSyncRequest(string groupName, IReadOnlyList<UserDraft> members)
    {
        GroupName = groupName;
        Members = members;
    }

    public string GroupName { get; }

    /// <summary>The Entra object id of the group, kept as the SCIM group's externalId.</summary>
    public string? GroupId { get; set; }

    public IReadOnlyList<UserDraft> Members { get; }

    /// <summary>The identities (user name, external id) of input rows that failed validation: kept as they are.</summary>
    public List<UserDraft> Unreadable { get; } = new List<UserDraft>();

    /// <summary>Rows that failed validation without a readable user name or id: no member is removed while there are any.</summary>
    public int UnidentifiedRows { get; set; }

    /// <summary>Every row of the input, read or not.</summary>
    public int InputRows => Members.Count + Unreadable.Count + UnidentifiedRows;

    public RemovedMemberAction RemovedMemberAction { get; set; } = RemovedMemberAction.RemoveFromGroup;

    public int MaxRemovals { get; set; } = 500;

    public bool Force { get; set; }

    public int ThrottleLimit { get; set; } = 16;

    /// <summary>Member values per membership PATCH; lower it for a server with a small payload limit.</summary>
    public int MembershipBatchSize { get; set; } = 1000;

    public string? LogPath { get; set; }
}

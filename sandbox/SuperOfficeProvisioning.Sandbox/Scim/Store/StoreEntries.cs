using SuperOfficeProvisioning.Sandbox.Scim.Model;
using SuperOfficeProvisioning.Sandbox.Scim.Rules;

namespace SuperOfficeProvisioning.Sandbox.Scim.Store;

/// <summary>
/// A SCIM user with its SuperOffice associate: the rule-controlled fields and the projection the WebAPI shows.
/// <paramref name="Reached"/>: the user has reached SuperOffice (user sync on and a rule covering it, at some point);
/// until then the gateway holds the user and SuperOffice has no associate for it.
/// </summary>
internal sealed record UserEntry(ScimUser User, int AssociateId, SuperOfficeFields Fields, SuperOfficeUserProjection Projection, bool Reached);

/// <summary>A group and its member set; both change only under the store's lock.</summary>
internal sealed class GroupEntry(ScimGroup group, long sequence)
{
    public ScimGroup Group { get; set; } = group;

    /// <summary>Creation order, the order lists return groups in.</summary>
    public long Sequence { get; } = sequence;

    public HashSet<string> Members { get; } = new(StringComparer.Ordinal);
}

/// <summary>A group as read at one moment; <see cref="Members"/> is null when the caller did not ask for them.</summary>
internal sealed record GroupSnapshot(ScimGroup Group, IReadOnlyList<GroupMember>? Members);

/// <summary>The requested page of a query, and how many resources matched in all.</summary>
internal sealed record QueryPage<T>(int TotalResults, IReadOnlyList<T> Resources);

/// <summary>What a PUT or PATCH of a group changes: its attributes and its members.</summary>
internal sealed record GroupUpdate(ScimGroup Attributes, IReadOnlyList<Patch.MemberChange> MemberChanges);

using SuperOfficeProvisioning.Sandbox.Scim.Filtering;
using SuperOfficeProvisioning.Sandbox.Scim.Model;
using SuperOfficeProvisioning.Sandbox.Scim.Patch;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;

namespace SuperOfficeProvisioning.Sandbox.Scim.Store;

internal sealed partial class ScimStore
{
    private readonly Dictionary<string, GroupEntry> _groupsById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GroupEntry> _groupsByDisplayName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GroupEntry> _groupsByExternalId = new(StringComparer.Ordinal);
    private readonly List<GroupEntry> _groups = [];
    private readonly Dictionary<string, HashSet<string>> _groupIdsByUser = new(StringComparer.Ordinal);
    private long _nextGroupSequence;

    public GroupSnapshot CreateGroup(ScimGroup attributes, IReadOnlyList<string> memberIds, bool includeMembers)
    {
        lock (_gate)
        {
            EnsureGroupIsUnique(attributes, exceptId: null);
            EnsureUsersExist(memberIds);
            var now = time.GetUtcNow();
            var group = attributes with { Id = Guid.NewGuid().ToString(), Created = now, LastModified = now };
            var entry = new GroupEntry(group, _nextGroupSequence++);
            IndexGroup(entry);
            _groups.Add(entry);
            foreach (var userId in memberIds)
            {
                if (entry.Members.Add(userId))
                {
                    Link(userId, entry);
                }
            }

            foreach (var userId in entry.Members)
            {
                Reproject(userId);
            }

            return Snapshot(entry, includeMembers);
        }
    }

    public GroupSnapshot? FindGroup(string id, bool includeMembers)
    {
        lock (_gate)
        {
            return _groupsById.TryGetValue(id, out var entry) ? Snapshot(entry, includeMembers) : null;
        }
    }

    /// <summary>Applies a PUT or PATCH atomically: everything is checked before anything changes; rules run for every affected user.</summary>
    public (GroupSnapshot Group, bool Changed) UpdateGroup(string id, Func<ScimGroup, GroupUpdate> change, bool includeMembers)
    {
        lock (_gate)
        {
            var entry = _groupsById.GetValueOrDefault(id) ?? throw GroupNotFound(id);
            var update = change(entry.Group);
            var attributes = update.Attributes with
            {
                Id = entry.Group.Id, Created = entry.Group.Created, LastModified = entry.Group.LastModified,
            };
            var attributesChanged = attributes != entry.Group;
            if (attributesChanged)
            {
                EnsureGroupIsUnique(attributes, exceptId: id);
            }

            EnsureUsersExist(update.MemberChanges
                .Where(member => member.Kind != PatchOperationKind.Remove)
                .SelectMany(member => member.UserIds ?? []));

            var affectedUsers = new HashSet<string>(StringComparer.Ordinal);
            if (attributesChanged)
            {
                UnindexGroup(entry);
                var renamed = !string.Equals(attributes.DisplayName, entry.Group.DisplayName, StringComparison.Ordinal);
                entry.Group = attributes;
                IndexGroup(entry);
                if (renamed)
                {
                    affectedUsers.UnionWith(entry.Members);
                }
            }

            foreach (var memberChange in update.MemberChanges)
            {
                ApplyMemberChange(entry, memberChange, affectedUsers);
            }

            var changed = attributesChanged || affectedUsers.Count > 0;
            if (changed)
            {
                entry.Group = entry.Group with { LastModified = time.GetUtcNow() };
            }

            foreach (var userId in affectedUsers)
            {
                Reproject(userId);
            }

            return (Snapshot(entry, includeMembers), changed);
        }
    }

    public void DeleteGroup(string id)
    {
        lock (_gate)
        {
            var entry = _groupsById.GetValueOrDefault(id) ?? throw GroupNotFound(id);
            var members = entry.Members.ToList();
            foreach (var userId in members)
            {
                Unlink(userId, entry);
            }

            entry.Members.Clear();
            UnindexGroup(entry);
            _groups.Remove(entry);
            foreach (var userId in members)
            {
                Reproject(userId);
            }
        }
    }

    /// <summary>
    /// Group filters are evaluated under the lock, because member sets change in place. A group's JSON for the filter
    /// leaves its members out; <see cref="GroupFilterSubject"/> reads them from the set.
    /// </summary>
    public QueryPage<GroupSnapshot> QueryGroups(FilterNode? filter, int startIndex, int count, bool includeMembers, ScimLocations locations)
    {
        lock (_gate)
        {
            var matches = filter is null
                ? _groups
                : (CandidateSelector.Select(filter, LookupGroups)?.OrderBy(entry => entry.Sequence) ?? (IEnumerable<GroupEntry>)_groups)
                    .Where(entry => FilterEvaluator.Matches(filter, new GroupFilterSubject(
                        ScimGroupJson.Render(entry.Group, locations), entry.Members, DisplayOf)))
                    .ToList();
            var page = Slice(matches, startIndex, count).Select(entry => Snapshot(entry, includeMembers)).ToList();
            return new QueryPage<GroupSnapshot>(matches.Count, page);
        }
    }

    private void ApplyMemberChange(GroupEntry entry, MemberChange change, HashSet<string> affectedUsers)
    {
        if (change.Kind == PatchOperationKind.Replace)
        {
            var wanted = change.UserIds!.ToHashSet(StringComparer.Ordinal);
            RemoveMembers(entry, entry.Members.Where(userId => !wanted.Contains(userId)).ToList(), affectedUsers);
            AddMembers(entry, wanted, affectedUsers);
        }
        else if (change.Kind == PatchOperationKind.Add)
        {
            AddMembers(entry, change.UserIds!, affectedUsers);
        }
        else
        {
            var leaving = change.UserIds ?? (change.Filter is null ? entry.Members.ToList() : MembersMatching(entry, change.Filter));
            RemoveMembers(entry, leaving, affectedUsers);
        }
    }

    private void AddMembers(GroupEntry entry, IEnumerable<string> userIds, HashSet<string> affectedUsers)
    {
        foreach (var userId in userIds)
        {
            if (entry.Members.Add(userId))
            {
                Link(userId, entry);
                affectedUsers.Add(userId);
            }
        }
    }

    private void RemoveMembers(GroupEntry entry, IEnumerable<string> userIds, HashSet<string> affectedUsers)
    {
        foreach (var userId in userIds)
        {
            if (entry.Members.Remove(userId))
            {
                Unlink(userId, entry);
                affectedUsers.Add(userId);
            }
        }
    }

    private List<string> MembersMatching(GroupEntry entry, FilterNode filter)
    {
        var subject = new GroupFilterSubject(ScimGroupJson.Render(entry.Group, ScimLocations.None), entry.Members, DisplayOf);
        return GroupFilterSubject.MemberIdsNamedBy(filter) is { } named
            ? named.Where(entry.Members.Contains).ToList()
            : subject.MembersMatching(filter).ToList();
    }

    private GroupSnapshot Snapshot(GroupEntry entry, bool includeMembers) => new(
        entry.Group,
        includeMembers ? entry.Members.Select(userId => new GroupMember(userId, DisplayOf(userId))).ToList() : null);

    private string DisplayOf(string userId) =>
        _usersById.TryGetValue(userId, out var user) ? user.User.DisplayName ?? user.User.UserName : userId;

    private IEnumerable<GroupEntry> GroupsOf(string userId) =>
        _groupIdsByUser.TryGetValue(userId, out var groupIds) ? groupIds.Select(groupId => _groupsById[groupId]) : [];

    private HashSet<string> GroupNamesOf(string userId) =>
        GroupsOf(userId).Select(group => group.Group.DisplayName).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private IReadOnlyCollection<GroupEntry>? LookupGroups(string attribute, string value) => attribute switch
    {
        "id" => One(_groupsById, value),
        "displayName" => One(_groupsByDisplayName, value),
        "externalId" => One(_groupsByExternalId, value),
        "members.value" => GroupsOf(value).ToList(),
        _ => null,
    };

    private void Link(string userId, GroupEntry group)
    {
        if (!_groupIdsByUser.TryGetValue(userId, out var groupIds))
        {
            _groupIdsByUser[userId] = groupIds = new HashSet<string>(StringComparer.Ordinal);
        }

        groupIds.Add(group.Group.Id);
    }

    private void Unlink(string userId, GroupEntry group)
    {
        if (_groupIdsByUser.TryGetValue(userId, out var groupIds) && groupIds.Remove(group.Group.Id) && groupIds.Count == 0)
        {
            _groupIdsByUser.Remove(userId);
        }
    }

    private void EnsureGroupIsUnique(ScimGroup group, string? exceptId)
    {
        if (_groupsByDisplayName.TryGetValue(group.DisplayName, out var sameName) && sameName.Group.Id != exceptId)
        {
            throw ScimException.Uniqueness($"A group with displayName '{group.DisplayName}' already exists (SCIM rules find groups by name).");
        }

        if (group.ExternalId is { } externalId && _groupsByExternalId.TryGetValue(externalId, out var sameExternalId) &&
            sameExternalId.Group.Id != exceptId)
        {
            throw ScimException.Uniqueness($"A group with externalId '{externalId}' already exists.");
        }
    }

    private void EnsureUsersExist(IEnumerable<string> userIds)
    {
        foreach (var userId in userIds)
        {
            if (!_usersById.ContainsKey(userId))
            {
                throw ScimException.InvalidValue($"No user has the id '{userId}'; only existing users can be members.");
            }
        }
    }

    private void IndexGroup(GroupEntry entry)
    {
        _groupsById.Add(entry.Group.Id, entry);
        _groupsByDisplayName.Add(entry.Group.DisplayName, entry);
        if (entry.Group.ExternalId is { } externalId)
        {
            _groupsByExternalId.Add(externalId, entry);
        }
    }

    private void UnindexGroup(GroupEntry entry)
    {
        _groupsById.Remove(entry.Group.Id);
        _groupsByDisplayName.Remove(entry.Group.DisplayName);
        if (entry.Group.ExternalId is { } externalId)
        {
            _groupsByExternalId.Remove(externalId);
        }
    }

    private static ScimException GroupNotFound(string id) => ScimException.NotFound($"Group '{id}' not found.");
}

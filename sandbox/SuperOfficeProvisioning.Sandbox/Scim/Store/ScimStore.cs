using SuperOfficeProvisioning.Sandbox.Scim.Filtering;
using SuperOfficeProvisioning.Sandbox.Scim.Model;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;
using SuperOfficeProvisioning.Sandbox.Scim.Rules;

namespace SuperOfficeProvisioning.Sandbox.Scim.Store;

/// <summary>
/// The gateway's users and groups, safe for parallel requests. One lock guards every index; it is held for lookups and
/// updates, never while a response is written. Users are immutable records (a reader can use one after the lock is
/// released); member sets are copied under the lock. Indexes: users by id, userName (case-insensitive) and
/// externalId; groups by id, displayName (case-insensitive) and externalId; and for each user the groups holding it.
/// </summary>
/// <param name="caseSensitiveUserNames">userName unique only as written, as some servers have it; filters still ignore case.</param>
/// <param name="userSyncActive">The gateway's "User sync active": off, no user reaches SuperOffice.</param>
internal sealed partial class ScimStore(ScimRuleEngine rules, TimeProvider time, bool caseSensitiveUserNames = false, bool userSyncActive = true)
{
    /// <summary>SCIM-provisioned associates are numbered from here; lower numbers are left to the tenant's own associates.</summary>
    public const int FirstAssociateId = 1001;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, UserEntry> _usersById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UserEntry> _usersByUserName = new(caseSensitiveUserNames ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, UserEntry> _usersByExternalId = new(StringComparer.Ordinal);
    private readonly List<UserEntry> _users = [];
    private readonly List<SuperOfficeUserProjection> _deletedAssociates = [];
    private int _nextAssociateId = FirstAssociateId;

    public UserEntry CreateUser(ScimUser attributes)
    {
        lock (_gate)
        {
            EnsureUserIsUnique(attributes, exceptId: null);
            var now = time.GetUtcNow();
            var user = attributes with { Id = Guid.NewGuid().ToString(), Created = now, LastModified = now };
            var entry = Project(user, _nextAssociateId++, SuperOfficeFields.Empty, reached: false);
            IndexUser(entry);
            _users.Add(entry);
            return entry;
        }
    }

    public UserEntry? FindUser(string id)
    {
        lock (_gate)
        {
            return _usersById.GetValueOrDefault(id);
        }
    }

    /// <summary>
    /// Replaces a user's attributes with what <paramref name="change"/> makes of the current ones, atomically (the
    /// function runs under the lock, so two PATCHes never lose each other's changes). Rules run again.
    /// </summary>
    public (UserEntry Entry, bool Changed) UpdateUser(string id, Func<ScimUser, ScimUser> change)
    {
        lock (_gate)
        {
            var current = _usersById.GetValueOrDefault(id) ?? throw UserNotFound(id);
            var updated = change(current.User) with
            {
                Id = current.User.Id, Created = current.User.Created, LastModified = current.User.LastModified,
            };
            if (updated.HasSameAttributesAs(current.User))
            {
                return (current, false);
            }

            EnsureUserIsUnique(updated, exceptId: id);
            var entry = Project(updated with { LastModified = time.GetUtcNow() }, current.AssociateId, current.Fields, current.Reached);
            ReplaceUser(current, entry);
            return (entry, true);
        }
    }

    /// <summary>
    /// Removes the user from SCIM and from every group. SuperOffice never deletes an associate: it stays in the
    /// projection, marked deleted, inactive and without a licence.
    /// </summary>
    public void DeleteUser(string id)
    {
        lock (_gate)
        {
            var entry = _usersById.GetValueOrDefault(id) ?? throw UserNotFound(id);
            foreach (var group in GroupsOf(id).ToList())
            {
                group.Members.Remove(id);
                group.Group = group.Group with { LastModified = time.GetUtcNow() };
            }

            _groupIdsByUser.Remove(id);
            UnindexUser(entry);
            _users.RemoveAt(IndexOfUser(entry.AssociateId));
            if (entry.Reached)
            {
                _deletedAssociates.Add(entry.Projection with { Active = false, Deleted = true, LicenseOwners = [] });
            }
        }
    }

    public QueryPage<UserEntry> QueryUsers(FilterNode? filter, int startIndex, int count, ScimLocations locations)
    {
        List<UserEntry> candidates;
        lock (_gate)
        {
            if (filter is null)
            {
                return new QueryPage<UserEntry>(_users.Count, Slice(_users, startIndex, count));
            }

            candidates = CandidateSelector.Select(filter, LookupUsers)?.OrderBy(entry => entry.AssociateId).ToList() ?? [.. _users];
        }

        // Users are immutable, so the (possibly long) evaluation runs without the lock.
        var matches = candidates
            .Where(entry => FilterEvaluator.Matches(filter, new JsonFilterSubject(ScimUserJson.Render(entry.User, locations))))
            .ToList();
        return new QueryPage<UserEntry>(matches.Count, Slice(matches, startIndex, count));
    }

    /// <summary>Every associate the gateway made, in AssociateId order, including deleted ones.</summary>
    public IReadOnlyList<SuperOfficeUserProjection> SuperOfficeUsers()
    {
        lock (_gate)
        {
            return _users.Where(entry => entry.Reached).Select(entry => entry.Projection).Concat(_deletedAssociates).OrderBy(user => user.AssociateId).ToList();
        }
    }

    private IReadOnlyCollection<UserEntry>? LookupUsers(string attribute, string value) => attribute switch
    {
        "id" => One(_usersById, value),
        // Indexed as written, the names cannot answer a filter that ignores case: the filter then reads every user.
        "userName" => caseSensitiveUserNames ? null : One(_usersByUserName, value),
        "externalId" => One(_usersByExternalId, value),
        _ => null,
    };

    private static IReadOnlyCollection<T> One<T>(Dictionary<string, T> index, string key) =>
        index.TryGetValue(key, out var found) ? [found] : [];

    private static List<T> Slice<T>(List<T> items, int startIndex, int count)
    {
        var from = Math.Max(startIndex, 1) - 1;
        return from >= items.Count ? [] : items.GetRange(from, Math.Min(count, items.Count - from));
    }

    private void EnsureUserIsUnique(ScimUser user, string? exceptId)
    {
        if (_usersByUserName.TryGetValue(user.UserName, out var sameName) && sameName.User.Id != exceptId)
        {
            throw ScimException.Uniqueness(caseSensitiveUserNames
                ? $"A user with userName '{user.UserName}' already exists."
                : $"A user with userName '{user.UserName}' already exists (userName is compared case-insensitively).");
        }

        if (user.ExternalId is { } externalId && _usersByExternalId.TryGetValue(externalId, out var sameExternalId) &&
            sameExternalId.User.Id != exceptId)
        {
            throw ScimException.Uniqueness($"A user with externalId '{externalId}' already exists.");
        }
    }

    /// <summary>
    /// Runs the rules for a user and builds what SuperOffice shows of it. A user reaches SuperOffice once user sync is
    /// on and an active rule covers it; an associate, once made, stays.
    /// </summary>
    private UserEntry Project(ScimUser user, int associateId, SuperOfficeFields fields, bool reached)
    {
        var groups = GroupNamesOf(user.Id);
        return Entry(user, associateId, rules.Apply(fields, user.Active, groups), reached || (userSyncActive && rules.Covers(groups)));
    }

    private static UserEntry Entry(ScimUser user, int associateId, SuperOfficeFields fields, bool reached) => new(
        user,
        associateId,
        fields,
        new SuperOfficeUserProjection(
            associateId,
            user.UserName,
            user.FullName,
            user.PrimaryEmail,
            user.Active,
            Deleted: false,
            fields.Role?.Value,
            fields.PrimaryGroup?.Value,
            fields.SecondaryGroups?.Value.ToList() ?? [],
            fields.UserPlan is { } plan ? [plan.Value] : [],
            fields.OwnerCompany?.Value,
            fields.Confidential?.Value ?? false),
        reached);

    private void Reproject(string userId)
    {
        if (_usersById.TryGetValue(userId, out var current))
        {
            ReplaceUser(current, Project(current.User, current.AssociateId, current.Fields, current.Reached));
        }
    }

    private void ReplaceUser(UserEntry current, UserEntry updated)
    {
        UnindexUser(current);
        IndexUser(updated);
        _users[IndexOfUser(current.AssociateId)] = updated;
    }

    private void IndexUser(UserEntry entry)
    {
        _usersById.Add(entry.User.Id, entry);
        _usersByUserName.Add(entry.User.UserName, entry);
        if (entry.User.ExternalId is { } externalId)
        {
            _usersByExternalId.Add(externalId, entry);
        }
    }

    private void UnindexUser(UserEntry entry)
    {
        _usersById.Remove(entry.User.Id);
        _usersByUserName.Remove(entry.User.UserName);
        if (entry.User.ExternalId is { } externalId)
        {
            _usersByExternalId.Remove(externalId);
        }
    }

    /// <summary><see cref="_users"/> is ordered by AssociateId, which only grows.</summary>
    private int IndexOfUser(int associateId)
    {
        int low = 0, high = _users.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var found = _users[middle].AssociateId;
            if (found == associateId)
            {
                return middle;
            }

            if (found < associateId)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        throw new InvalidOperationException($"Associate {associateId} is indexed but not listed.");
    }

    private static ScimException UserNotFound(string id) => ScimException.NotFound($"User '{id}' not found.");
}

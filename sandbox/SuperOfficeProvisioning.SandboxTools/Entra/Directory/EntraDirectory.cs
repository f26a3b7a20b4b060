namespace SuperOfficeProvisioning.SandboxTools.Entra.Directory;

/// <summary>
/// One session's copy of the stand-in directory. Reads return snapshots; the helper cmdlets change it between syncs.
/// </summary>
public sealed class EntraDirectory
{
    private readonly Lock gate = new();
    private readonly List<DirectoryUser> users;
    private readonly List<DirectoryGroup> groups;
    private readonly List<DirectoryDevice> devices;

    public EntraDirectory(DirectoryDocument document, string? sourcePath)
    {
        DirectoryDocumentValidator.Validate(document);
        users = [.. document.Users];
        groups = [.. document.Groups];
        devices = [.. document.Devices];
        TenantId = document.TenantId;
        VerifiedDomain = document.VerifiedDomain;
        SourcePath = sourcePath;
    }

    public string? SourcePath { get; }

    public string? TenantId { get; }

    public string? VerifiedDomain { get; }

    public IReadOnlyList<DirectoryUser> Users
    {
        get { lock (gate) { return [.. users]; } }
    }

    public IReadOnlyList<DirectoryGroup> Groups
    {
        get { lock (gate) { return [.. groups]; } }
    }

    public IReadOnlyList<DirectoryDevice> Devices
    {
        get { lock (gate) { return [.. devices]; } }
    }

    /// <summary>Finds a user by object id or user principal name, as Graph's <c>/users/{id | userPrincipalName}</c> does.</summary>
    public DirectoryUser? FindUser(string idOrUserPrincipalName)
    {
        lock (gate) { return FindUserUnlocked(idOrUserPrincipalName); }
    }

    public DirectoryGroup? FindGroup(string id)
    {
        lock (gate) { return groups.Find(g => SameId(g.Id, id)); }
    }

    /// <summary>Finds a group by id, or else by display name (the helpers accept both; Graph itself takes ids only).</summary>
    public DirectoryGroup? FindGroupByIdOrName(string idOrDisplayName)
    {
        lock (gate)
        {
            var byId = groups.Find(g => SameId(g.Id, idOrDisplayName));
            if (byId is not null)
            {
                return byId;
            }

            var byName = groups.FindAll(g => string.Equals(g.DisplayName, idOrDisplayName, StringComparison.OrdinalIgnoreCase));
            return byName.Count switch
            {
                0 => null,
                1 => byName[0],
                _ => throw new InvalidOperationException($"More than one group is named '{idOrDisplayName}'; use its id."),
            };
        }
    }

    /// <summary>
    /// The group's direct members in stored order: <see cref="DirectoryUser"/>, <see cref="DirectoryGroup"/> or
    /// <see cref="DirectoryDevice"/>.
    /// </summary>
    public IReadOnlyList<object> GetMembers(DirectoryGroup group)
    {
        lock (gate)
        {
            var current = groups.Find(g => SameId(g.Id, group.Id)) ?? group;
            return [.. current.Members.Select(FindObjectUnlocked).OfType<object>()];
        }
    }

    public void AddUser(DirectoryUser user)
    {
        lock (gate)
        {
            if (FindObjectUnlocked(user.Id) is not null)
            {
                throw new InvalidOperationException($"An object with id '{user.Id}' already exists.");
            }

            if (FindUserUnlocked(user.UserPrincipalName) is not null)
            {
                throw new InvalidOperationException($"A user with userPrincipalName '{user.UserPrincipalName}' already exists.");
            }

            users.Add(user);
        }
    }

    public void ReplaceUser(DirectoryUser user)
    {
        lock (gate)
        {
            var index = users.FindIndex(u => SameId(u.Id, user.Id));
            if (index < 0)
            {
                throw new InvalidOperationException($"No user has id '{user.Id}'.");
            }

            var clash = FindUserUnlocked(user.UserPrincipalName);
            if (clash is not null && !SameId(clash.Id, user.Id))
            {
                throw new InvalidOperationException($"A user with userPrincipalName '{user.UserPrincipalName}' already exists.");
            }

            users[index] = user;
        }
    }

    /// <summary>Deletes a user and drops it from every group, as a deleted Entra user leaves its groups.</summary>
    public bool RemoveUser(string id)
    {
        lock (gate)
        {
            if (users.RemoveAll(u => SameId(u.Id, id)) == 0)
            {
                return false;
            }

            for (var i = 0; i < groups.Count; i++)
            {
                if (groups[i].Members.Any(m => SameId(m, id)))
                {
                    groups[i] = groups[i] with { Members = [.. groups[i].Members.Where(m => !SameId(m, id))] };
                }
            }

            return true;
        }
    }

    /// <summary>Resolves a user principal name or any object id to the object id a group's member list holds.</summary>
    public string? ResolveObjectId(string idOrUserPrincipalName)
    {
        lock (gate)
        {
            return FindObjectUnlocked(idOrUserPrincipalName) switch
            {
                DirectoryUser u => u.Id,
                DirectoryGroup g => g.Id,
                DirectoryDevice d => d.Id,
                _ => FindUserUnlocked(idOrUserPrincipalName)?.Id,
            };
        }
    }

    /// <returns><see langword="false"/> when the object already was a member.</returns>
    public bool AddMember(string groupId, string memberId) =>
        UpdateMembers(groupId, members => members.Any(m => SameId(m, memberId)) ? null : [.. members, memberId]);

    /// <returns><see langword="false"/> when the object was not a member.</returns>
    public bool RemoveMember(string groupId, string memberId) =>
        UpdateMembers(groupId, members =>
            members.Any(m => SameId(m, memberId)) ? [.. members.Where(m => !SameId(m, memberId))] : null);

    private bool UpdateMembers(string groupId, Func<IReadOnlyList<string>, IReadOnlyList<string>?> change)
    {
        lock (gate)
        {
            var index = groups.FindIndex(g => SameId(g.Id, groupId));
            if (index < 0)
            {
                throw new InvalidOperationException($"No group has id '{groupId}'.");
            }

            var changed = change(groups[index].Members);
            if (changed is null)
            {
                return false;
            }

            groups[index] = groups[index] with { Members = changed };
            return true;
        }
    }

    private DirectoryUser? FindUserUnlocked(string idOrUserPrincipalName) =>
        users.Find(u => SameId(u.Id, idOrUserPrincipalName)
            || string.Equals(u.UserPrincipalName, idOrUserPrincipalName, StringComparison.OrdinalIgnoreCase));

    private object? FindObjectUnlocked(string id) =>
        (object?)users.Find(u => SameId(u.Id, id))
        ?? (object?)groups.Find(g => SameId(g.Id, id))
        ?? devices.Find(d => SameId(d.Id, id));

    private static bool SameId(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

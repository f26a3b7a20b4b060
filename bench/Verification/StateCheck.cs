using SuperOfficeProvisioning.Bench.Baseline;
using SuperOfficeProvisioning.Bench.Input;

namespace SuperOfficeProvisioning.Bench.Verification;

/// <summary>How the tenant read back compares with the desired state.</summary>
public sealed record StateCheck
{
    public int Desired { get; init; }

    public int Stored { get; init; }

    /// <summary>Desired users the tenant does not have.</summary>
    public int Lost { get; init; }

    /// <summary>Stored users beyond one per desired user: a second copy under the same userName or externalId, or a user nobody asked for.</summary>
    public int Duplicated { get; init; }

    /// <summary>Desired users stored with an attribute that differs from the input.</summary>
    public int Mismatched { get; init; }

    /// <summary>Desired users missing from the group (group checks only).</summary>
    public int MissingMembers { get; init; }

    /// <summary>Group members that are not desired users, or listed twice (group checks only).</summary>
    public int ExtraMembers { get; init; }

    public bool EqualsDesired => Lost == 0 && Duplicated == 0 && Mismatched == 0 && MissingMembers == 0 && ExtraMembers == 0 && Stored == Desired;

    public static StateCheck Compare(IReadOnlyList<DirectoryUser> desired, IReadOnlyList<StoredUser> stored, IReadOnlyList<string>? groupMembers)
    {
        var byUserName = stored.ToLookup(u => u.UserName, StringComparer.OrdinalIgnoreCase);
        var byExternalId = stored.Where(u => u.ExternalId is not null).ToLookup(u => u.ExternalId!, StringComparer.Ordinal);
        var wanted = desired.Select(d => d.UserPrincipalName).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var lost = 0;
        var mismatched = 0;
        var desiredIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var user in desired)
        {
            var match = byUserName[user.UserPrincipalName].FirstOrDefault();
            if (match is null)
            {
                lost++;
                continue;
            }

            desiredIds.Add(match.Id);
            if (match.ExternalId != user.Id || ScimResources.Differences(match, user).Count > 0)
            {
                mismatched++;
            }
        }

        var duplicated = byUserName.Sum(g => g.Count() - 1)
            + byExternalId.Sum(g => g.Count() - 1)
            + stored.Count(u => !wanted.Contains(u.UserName));

        var check = new StateCheck { Desired = desired.Count, Stored = stored.Count, Lost = lost, Duplicated = duplicated, Mismatched = mismatched };
        if (groupMembers is null)
        {
            return check;
        }

        var members = groupMembers.ToHashSet(StringComparer.Ordinal);
        return check with
        {
            MissingMembers = desiredIds.Count(id => !members.Contains(id)),
            ExtraMembers = members.Count(id => !desiredIds.Contains(id)) + (groupMembers.Count - members.Count),
        };
    }
}

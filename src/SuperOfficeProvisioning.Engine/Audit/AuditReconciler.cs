using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Scim;

namespace SuperOfficeProvisioning.Engine.Audit;

/// <summary>
/// Settles the user and group changes a stopped run intended but never confirmed: reads the gateway and logs,
/// for each, whether the tenant shows it applied. Runs before the new run writes anything, so what the tenant
/// shows is still the stopped run's doing.
/// </summary>
public static class AuditReconciler
{
    private static readonly HashSet<string> ScimActions = new HashSet<string>(StringComparer.Ordinal)
    {
        "CreateGroup", "CreateUser", "UpdateUser", "ReactivateUser", "DisableUser", "DeleteUser", "AddMember", "RemoveMember",
    };

    public static async Task ReconcileAsync(AuditLog log, ScimClient client, CancellationToken cancellationToken)
    {
        var pending = log.Unconfirmed.Where(e => ScimActions.Contains(e.Change.Action)).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        var groups = new Dictionary<string, SoGroup?>(StringComparer.Ordinal);
        foreach (var intent in pending)
        {
            var change = intent.Change;
            var applied = await IsAppliedAsync(change, client, groups, cancellationToken).ConfigureAwait(false);
            log.Reconciled(intent, change, applied);
        }
    }

    private static async Task<bool> IsAppliedAsync(AuditChange change, ScimClient client, Dictionary<string, SoGroup?> groups, CancellationToken cancellationToken)
    {
        switch (change.Action)
        {
            case "CreateUser":
                var found = await client.FindUsersAsync(ScimFilter.Equal("userName", change.Target), cancellationToken).ConfigureAwait(false);
                var user = found.FirstOrDefault(u => string.Equals(u.UserName, change.Target, StringComparison.OrdinalIgnoreCase));
                change.ScimId ??= user?.ScimId;
                return user is not null;
            case "CreateGroup":
                var named = await client.FindGroupsAsync(ScimFilter.Equal("displayName", change.Target), withMembers: false, cancellationToken).ConfigureAwait(false);
                return named.Any(g => string.Equals(g.DisplayName, change.Target, StringComparison.OrdinalIgnoreCase));
            case "AddMember":
            case "RemoveMember":
                var group = await GroupAsync(change.GroupId, client, groups, cancellationToken).ConfigureAwait(false);
                var member = group is not null && change.ScimId is not null && group.MemberIds.Contains(change.ScimId);
                return change.Action == "AddMember" ? member : group is not null && !member;
            case "DeleteUser":
                return change.ScimId is not null && await client.GetUserResourceAsync(change.ScimId, cancellationToken).ConfigureAwait(false) is null;
            default:
                var resource = change.ScimId is null ? null : await client.GetUserResourceAsync(change.ScimId, cancellationToken).ConfigureAwait(false);
                if (resource is null)
                {
                    return false;
                }

                var current = ScimJson.Flatten(resource);
                return (change.Attributes ?? new Dictionary<string, string?>()).All(a =>
                    string.Equals(current.TryGetValue(a.Key, out var value) ? value : null, a.Value, StringComparison.Ordinal));
        }
    }

    private static async Task<SoGroup?> GroupAsync(string? id, ScimClient client, Dictionary<string, SoGroup?> groups, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return null;
        }

        if (!groups.TryGetValue(id, out var group))
        {
            try
            {
                group = await client.GetGroupAsync(id, cancellationToken).ConfigureAwait(false);
            }
            catch (SoException ex) when (ex.Kind == SoErrorKind.NotFound)
            {
                group = null;
            }

            groups[id] = group;
        }

        return group;
    }
}

using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Audit;
using SuperOfficeProvisioning.Engine.Concurrency;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Hosting;
using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Engine.Users;

namespace SuperOfficeProvisioning.Engine.Sync;

/// <summary>
/// Keeps a SCIM group, its users and their attributes in line with a list of desired members: read the group
/// and the users once, plan every change, refuse mass removals, then apply with bounded concurrency and
/// membership changes batched. Running it again with the same input writes nothing; a run stopped midway is
/// completed by running it again.
/// </summary>
public sealed class GroupSync
{
    private readonly SoConnection _connection;
    private readonly ScimClient _client;
    private readonly IOperationHost<SyncChange> _host;

    public GroupSync(SoConnection connection, IOperationHost<SyncChange> host)
    {
        _connection = connection;
        _client = connection.CreateScimClient();
        _host = host;
    }

    public Task<SyncResult> RunAsync(GroupSyncRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, ReadAsync(request.GroupName, request.GroupId, cancellationToken), cancellationToken);

    /// <summary>
    /// Reads what the gateway holds: the group (with its members) and all users, at the same time. Start it as
    /// soon as the group is known, so the reading overlaps the arrival of the input.
    /// </summary>
    public async Task<SyncSnapshot> ReadAsync(string groupName, string? groupId, CancellationToken cancellationToken)
    {
        var snapshot = new SyncSnapshot(_connection.RequestsSent);
        _host.Progress("Reading the group and its users", 0, 2);
        var group = FindGroupAsync(groupName, groupId, cancellationToken);
        var users = _client.ForEachUserPageAsync(null, page => { snapshot.Users.AddRange(page); return Task.CompletedTask; }, cancellationToken, makesUpForGaps: true);
        await Task.WhenAll(group, users).ConfigureAwait(false);
        snapshot.Group = await group.ConfigureAwait(false);
        snapshot.UsersComplete = await users.ConfigureAwait(false);
        _host.Progress("Reading the group and its users", 2, 2);
        return snapshot;
    }

    public async Task<SyncResult> RunAsync(GroupSyncRequest request, Task<SyncSnapshot> reading, CancellationToken cancellationToken)
    {
        var snapshot = await reading.ConfigureAwait(false);
        if (!snapshot.UsersComplete)
        {
            await UnlistedUsers.LookUpAsync(_client, request, snapshot, cancellationToken).ConfigureAwait(false);
        }

        var group = snapshot.Group;
        var users = snapshot.Users;
        var result = new SyncResult { GroupName = request.GroupName, GroupExternalId = request.GroupId, DesiredMembers = request.Members.Count, GroupScimId = group?.ScimId };

        var plan = SyncPlanner.Plan(request.Members, group, users, request.RemovedMemberAction, request.Unreadable, request.UnidentifiedRows);
        users.Clear();
        result.Unchanged = plan.Unchanged;
        result.Held = plan.Held;
        result.Unreadable = request.Unreadable.Count + request.UnidentifiedRows;
        result.RemovalsWithheld = plan.RemovalsWithheld;
        if (plan.CreatesGroup)
        {
            result.Changes.Add(new SyncChange(SyncAction.CreateGroup, request.GroupName));
        }

        result.Changes.AddRange(plan.All);
        EnforceRemovalGuard(request, group, plan);

        if (_host.Confirm($"SCIM group '{request.GroupName}'", $"Sync ({Summary(result)})") != WriteDecision.Write)
        {
            result.WhatIf = true;
        }
        else
        {
            using var log = AuditLog.Open(request.LogPath, "Sync-SoGroup");
            await ApplyAsync(request, group, plan, result, log, cancellationToken).ConfigureAwait(false);
        }

        result.Failed = result.Changes.Count(c => c.Status == SyncChangeStatus.Failed);
        result.RequestsSent = _connection.RequestsSent - snapshot.RequestsBefore;
        result.Duration = snapshot.Watch.Elapsed;
        return result;
    }

    public static string Summary(SyncResult result)
    {
        var counts = result.Changes.GroupBy(c => c.Action).Select(g => $"{g.Count()} {g.Key}");
        var text = string.Join(", ", counts);
        return text.Length == 0 ? "no changes" : text;
    }

    private static void EnforceRemovalGuard(GroupSyncRequest request, SoGroup? group, SyncPlan plan)
    {
        if (request.Force)
        {
            return;
        }

        var current = group?.MemberIds.Count ?? 0;
        if (request.InputRows == 0 && current > 0)
        {
            throw new SoException(
                "RemovalThresholdExceeded",
                SoErrorKind.LimitsExceeded,
                $"The input has no members, but SCIM group '{request.GroupName}' has {current}: syncing would remove all of them. An empty upstream answer is more often a failed query than an empty group. Nothing was changed; use -Force if the group really is empty now.");
        }

        if (plan.Removals > request.MaxRemovals)
        {
            throw new SoException(
                "RemovalThresholdExceeded",
                SoErrorKind.LimitsExceeded,
                $"Syncing SCIM group '{request.GroupName}' would remove {plan.Removals} of its {current} members, more than -MaxRemovals {request.MaxRemovals}. Nothing was changed; check the input, then raise -MaxRemovals or use -Force.");
        }
    }

    private async Task<SoGroup?> FindGroupAsync(string groupName, string? groupId, CancellationToken cancellationToken)
    {
        SoGroup? found = null;
        if (!string.IsNullOrEmpty(groupId) && _client.Capabilities.GroupExternalIdFilter != false)
        {
            try
            {
                found = (await _client.FindGroupsAsync(ScimFilter.Equal("externalId", groupId!), withMembers: false, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
                _client.Capabilities.LearnGroupExternalIdFilter(true);
            }
            catch (SoException ex) when (_client.Capabilities.GroupExternalIdFilter != true && (ex.Kind == SoErrorKind.InvalidInput || ex.Kind == SoErrorKind.ServerError))
            {
                _client.Capabilities.LearnGroupExternalIdFilter(false, ex.Message);
            }
        }

        found ??= (await _client.FindGroupsAsync(ScimFilter.Equal("displayName", groupName), withMembers: false, cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(g => string.Equals(g.DisplayName, groupName, StringComparison.OrdinalIgnoreCase));
        if (found is not null && !string.IsNullOrEmpty(groupId) && !string.IsNullOrEmpty(found.ExternalId) && !string.Equals(found.ExternalId, groupId, StringComparison.Ordinal))
        {
            // Found by name, but it stands for another Entra group: syncing into it would take it over.
            throw new SoException("GroupExternalIdMismatch", SoErrorKind.InvalidOperation,
                $"SCIM group '{found.DisplayName}' belongs to another Entra group (externalId {found.ExternalId}, not {groupId}). Nothing was changed; give this group another -GroupName.");
        }
        return found is null ? null : await _client.GetGroupAsync(found.ScimId, cancellationToken).ConfigureAwait(false);
    }

    private async Task ApplyAsync(GroupSyncRequest request, SoGroup? group, SyncPlan plan, SyncResult result, AuditLog log, CancellationToken cancellationToken)
    {
        await AuditReconciler.ReconcileAsync(log, _client, cancellationToken).ConfigureAwait(false);
        var groupId = group?.ScimId;
        if (groupId is null)
        {
            var create = result.Changes[0];
            SoGroup? created = null;
            await log.RecordAsync(Audited(create, request, null, log), async () => created = await CreateGroupAsync(request, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            groupId = created!.ScimId;
            result.GroupScimId = groupId;
            create.ScimId = groupId;
            Applied(create);
        }

        var total = plan.All.Count();
        var done = 0;
        void Step() => _host.Progress($"Syncing group '{request.GroupName}'", Interlocked.Increment(ref done), total);

        await BoundedParallel.ForEachAsync(plan.UserChanges, request.ThrottleLimit, change => ApplyOneAsync(log, Audited(change, request, groupId, log), () => ApplyUserChangeAsync(change, cancellationToken), change, Step)).ConfigureAwait(false);

        // New users' ids are known now; members whose user could not be created are skipped.
        var createdIds = plan.UserChanges.Where(c => c.Action == SyncAction.CreateUser && c.Status == SyncChangeStatus.Applied)
            .ToDictionary(c => c.Draft!, c => c.ScimId!);
        foreach (var add in plan.MemberAdds.Where(a => a.ScimId is null))
        {
            if (add.Draft is not null && createdIds.TryGetValue(add.Draft, out var id))
            {
                add.ScimId = id;
            }
            else
            {
                add.Status = SyncChangeStatus.Skipped;
                add.Error = "The user could not be created.";
            }
        }

        await ApplyMembershipAsync(groupId, plan, log, request, Step, cancellationToken).ConfigureAwait(false);
        await BoundedParallel.ForEachAsync(plan.LeaverChanges, request.ThrottleLimit, change => ApplyOneAsync(log, Audited(change, request, groupId, log), () => ApplyLeaverChangeAsync(change, cancellationToken), change, Step)).ConfigureAwait(false);
    }

    private async Task<SoGroup> CreateGroupAsync(GroupSyncRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.CreateGroupAsync(request.GroupName, request.GroupId, cancellationToken).ConfigureAwait(false);
        }
        catch (SoException ex) when (ex.Kind == SoErrorKind.AlreadyExists)
        {
            // Our create went through and its answer was lost, or another run made it just now: use it.
            if (await FindGroupAsync(request.GroupName, request.GroupId, cancellationToken).ConfigureAwait(false) is { } found)
            {
                return found;
            }

            throw;
        }
    }

    private async Task ApplyUserChangeAsync(SyncChange change, CancellationToken cancellationToken)
    {
        if (change.Action == SyncAction.CreateUser)
        {
            change.ScimId = (await UserWrites.CreateOrAdoptAsync(_client, change.Draft!, cancellationToken).ConfigureAwait(false)).ScimId;
            return;
        }

        await _client.PatchUserAsync(change.ScimId!, change.Operations!, cancellationToken).ConfigureAwait(false);
    }

    private async Task ApplyLeaverChangeAsync(SyncChange change, CancellationToken cancellationToken)
    {
        if (change.Action == SyncAction.DeleteUser)
        {
            await UserWrites.DeleteAsync(_client, change.ScimId!, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await _client.PatchUserAsync(change.ScimId!, new[] { UserResource.Active(false) }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ApplyMembershipAsync(string groupId, SyncPlan plan, AuditLog log, GroupSyncRequest request, Action step, CancellationToken cancellationToken)
    {
        var adds = plan.MemberAdds.Where(a => a.Status == SyncChangeStatus.Planned).ToList();
        var removals = plan.MemberRemovals;
        var chunk = Math.Max(1, request.MembershipBatchSize);
        for (var offset = 0; offset < Math.Max(adds.Count, removals.Count); offset += chunk)
        {
            var addChunk = adds.Skip(offset).Take(chunk).ToList();
            var removeChunk = removals.Skip(offset).Take(chunk).ToList();
            var rows = addChunk.Concat(removeChunk).ToList();
            try
            {
                await log.RecordAsync(
                    rows.Select(row => Audited(row, request, groupId, log)).ToList(),
                    () => _client.PatchGroupMembersAsync(groupId, addChunk.Select(a => a.ScimId!).ToList(), removeChunk.Select(r => r.ScimId!).ToList(), cancellationToken)).ConfigureAwait(false);
                foreach (var row in rows)
                {
                    Applied(row);
                    step();
                }
            }
            catch (SoException ex) when (!ex.RefusesCredentials)
            {
                foreach (var row in rows)
                {
                    Fail(row, ex);
                    step();
                }
            }
        }
    }

    private async Task ApplyOneAsync(AuditLog log, AuditChange audited, Func<Task> apply, SyncChange change, Action step)
    {
        try
        {
            await log.RecordAsync(audited, async () =>
            {
                await apply().ConfigureAwait(false);
                audited.ScimId = change.ScimId;
            }).ConfigureAwait(false);
            Applied(change);
        }
        catch (SoException ex) when (!ex.RefusesCredentials)
        {
            Fail(change, ex);
        }
        finally
        {
            step();
        }
    }

    /// <summary>A plan row as the audit log tells it; a create's attributes are worked out only for a log that is kept.</summary>
    private static AuditChange Audited(SyncChange change, GroupSyncRequest request, string? groupId, AuditLog log) =>
        new AuditChange(change.Action.ToString(), change.Target)
        {
            Group = request.GroupName,
            GroupId = groupId,
            ScimId = change.ScimId,
            Attributes = log.Enabled && change.Attributes.Count > 0 ? change.Attributes : null,
        };

    private void Applied(SyncChange change)
    {
        change.Status = SyncChangeStatus.Applied;
        _host.Report(change);
    }

    private void Fail(SyncChange change, SoException error)
    {
        change.Status = SyncChangeStatus.Failed;
        change.Error = error.Message;
        _host.Failed(change, new SoException("SyncChangeFailed", SoErrorKind.WriteFailed, $"{change.Action} {change.Target} failed: {error.Message}", error) { Target = change });
    }
}

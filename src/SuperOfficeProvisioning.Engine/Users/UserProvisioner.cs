using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Audit;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Hosting;
using SuperOfficeProvisioning.Engine.Scim;

namespace SuperOfficeProvisioning.Engine.Users;

/// <summary>
/// Creates, updates and de-provisions users over SCIM, a batch of input records at a time: one lookup per
/// batch, writes in parallel up to a limit, and a create whose answer was lost adopted rather than repeated.
/// </summary>
public sealed class UserProvisioner
{
    /// <summary>Records looked up together; keeps the filter well under common URL limits.</summary>
    public const int BatchSize = 20;

    private readonly ScimClient _client;
    private readonly IOperationHost<UserOutcome> _host;
    private readonly AuditedWrites _writes;
    private readonly ConcurrentDictionary<string, Lazy<Task<SoGroup?>>> _groups = new ConcurrentDictionary<string, Lazy<Task<SoGroup?>>>(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Lazy<Task<SoGroup>>> _members = new ConcurrentDictionary<string, Lazy<Task<SoGroup>>>(StringComparer.Ordinal);

    public UserProvisioner(SoConnection connection, IOperationHost<UserOutcome> host, int throttleLimit, AuditLog? log = null)
    {
        _client = connection.CreateScimClient();
        _host = host;
        _writes = new AuditedWrites(_client, log ?? AuditLog.None, throttleLimit);
    }

    /// <summary>Plans New-SoUser for a batch: one lookup of its users, its groups read once per command.</summary>
    public async Task<UserPlan> PlanCreateAsync(IReadOnlyList<(UserDraft Draft, IReadOnlyList<string> Groups)> batch, CancellationToken cancellationToken)
    {
        var drafts = batch.Select(b => b.Draft).ToList();
        var (existing, failure) = await LookUpAsync(drafts, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            return UserPlanner.LookupFailed(drafts, failure!);
        }

        try
        {
            var groups = new Dictionary<string, SoGroup?>(StringComparer.OrdinalIgnoreCase);
            foreach (var name in batch.SelectMany(b => b.Groups).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                groups[name] = await GroupAsync(name, cancellationToken).ConfigureAwait(false);
            }

            // Member lists are read only for the groups of users that exist: a re-run finishes their membership.
            var members = new Dictionary<string, ISet<string>>(StringComparer.Ordinal);
            foreach (var group in batch.Where(b => existing[b.Draft] is not null).SelectMany(b => b.Groups).Select(name => groups[name]).OfType<SoGroup>())
            {
                members[group.ScimId] = await MembersAsync(group, cancellationToken).ConfigureAwait(false);
            }

            return UserPlanner.Create(batch, existing, groups, members);
        }
        catch (SoException ex) when (!ex.RefusesCredentials)
        {
            return UserPlanner.LookupFailed(drafts, ex);
        }
    }

    /// <summary>Plans Set-SoUser for a batch.</summary>
    public async Task<UserPlan> PlanUpdateAsync(IReadOnlyList<UserDraft> batch, CancellationToken cancellationToken)
    {
        var (existing, failure) = await LookUpAsync(batch, cancellationToken).ConfigureAwait(false);
        return existing is null ? UserPlanner.LookupFailed(batch, failure!) : UserPlanner.Update(batch, existing);
    }

    /// <summary>Plans Remove-SoUser for a batch: de-provision or, with <paramref name="delete"/>, delete.</summary>
    public async Task<UserPlan> PlanRemoveAsync(IReadOnlyList<UserDraft> batch, bool delete, CancellationToken cancellationToken)
    {
        var (existing, failure) = await LookUpAsync(batch, cancellationToken).ConfigureAwait(false);
        return existing is null ? UserPlanner.LookupFailed(batch, failure!) : UserPlanner.Remove(batch, existing, delete);
    }

    /// <summary>
    /// Applies a confirmed plan: the approved writes in parallel up to the limit (creates in one Bulk request where
    /// offered, then one membership PATCH per group), each user reported as done or failed.
    /// </summary>
    public async Task ApplyAsync(UserPlan plan, CancellationToken cancellationToken)
    {
        foreach (var change in plan.Changes)
        {
            if (change.Kind == UserChangeKind.Fail)
            {
                _host.Failed(new UserOutcome(change.Draft, null), change.Error!);
            }
            else if (change.Kind == UserChangeKind.Unchanged)
            {
                _host.Report(new UserOutcome(change.Draft, change.Current));
            }
        }

        await Task.WhenAll(
            ApplyCreatesAsync(plan.Changes.Where(c => c.Kind == UserChangeKind.Create && c.Approved).ToList(), cancellationToken),
            Task.WhenAll(plan.Changes.Where(c => c.Approved && c.Kind is UserChangeKind.Update or UserChangeKind.Disable or UserChangeKind.Delete).Select(c => ApplyOneAsync(c, cancellationToken))),
            Task.WhenAll(plan.Changes.Where(c => c.Kind == UserChangeKind.CompleteMembership).Select(c => CompleteMembershipAsync(c, cancellationToken)))).ConfigureAwait(false);
    }

    private async Task ApplyCreatesAsync(IReadOnlyList<PlannedUserChange> creates, CancellationToken cancellationToken)
    {
        var outcomes = await CreateUsersAsync(creates.Select(c => c.Draft).ToList(), cancellationToken).ConfigureAwait(false);
        var created = new List<(UserDraft Draft, SoUser User, IReadOnlyList<SoGroup> Groups)>();
        for (var i = 0; i < creates.Count; i++)
        {
            var (user, error) = outcomes[i];
            if (user is not null)
            {
                created.Add((creates[i].Draft, user, creates[i].Groups));
            }
            else
            {
                _host.Failed(new UserOutcome(creates[i].Draft, null), WithTarget(error!, creates[i].Draft));
            }
        }

        await AddToGroupsAsync(created, cancellationToken).ConfigureAwait(false);
        foreach (var (draft, user, _) in created)
        {
            _host.Report(new UserOutcome(draft, user));
        }
    }

    private async Task ApplyOneAsync(PlannedUserChange change, CancellationToken cancellationToken)
    {
        var current = change.Current!;
        try
        {
            SoUser? updated;
            switch (change.Kind)
            {
                case UserChangeKind.Delete:
                    await _writes.WriteAsync(AuditedWrites.Audited("DeleteUser", current, null), () => UserWrites.DeleteAsync(_client, current.ScimId, cancellationToken), cancellationToken).ConfigureAwait(false);
                    updated = current;
                    break;
                default:
                    var audited = AuditedWrites.Audited(change.Kind == UserChangeKind.Disable ? "DisableUser" : "UpdateUser", current, change.Operations);
                    updated = await _writes.WriteAsync(audited, () => _client.PatchUserAsync(current.ScimId, change.Operations, cancellationToken), cancellationToken).ConfigureAwait(false)
                        ?? await ReadAgainAsync(current, cancellationToken).ConfigureAwait(false);
                    break;
            }

            _host.Report(new UserOutcome(change.Draft, updated));
        }
        catch (SoException ex)
        {
            _host.Failed(new UserOutcome(change.Draft, null), WithTarget(ex, change.Draft));
        }
    }

    /// <summary>One bulk request when the server offers Bulk, else one create per user, in parallel.</summary>
    private async Task<IReadOnlyList<(SoUser? User, SoException? Error)>> CreateUsersAsync(IReadOnlyList<UserDraft> drafts, CancellationToken cancellationToken)
    {
        if (drafts.Count == 0)
        {
            return Array.Empty<(SoUser?, SoException?)>();
        }

        var config = await _client.GetServiceConfigAsync(cancellationToken).ConfigureAwait(false);
        if (config.BulkSupported && drafts.Count > 1)
        {
            try
            {
                return await _writes.WriteAsync(() => _writes.CreateInBulkAsync(drafts, config, cancellationToken), cancellationToken).ConfigureAwait(false);
            }
            catch (SoException ex) when (!ex.RefusesCredentials)
            {
                return drafts.Select(d => ((SoUser?)null, (SoException?)UserPlanner.ForUser(ex, d, "was not created"))).ToList();
            }
        }

        return await Task.WhenAll(drafts.Select(async draft =>
        {
            try
            {
                var change = _writes.NewUserChange(draft);
                var user = await _writes.WriteAsync(change, () => UserWrites.CreateOrAdoptAsync(_client, draft, cancellationToken), cancellationToken, u => change.ScimId = u.ScimId).ConfigureAwait(false);
                return ((SoUser?)user, (SoException?)null);
            }
            catch (SoException ex)
            {
                return (null, ex);
            }
        })).ConfigureAwait(false);
    }

    /// <summary>The batch's existing users, or the failure of the lookup. Credentials the server refuses end the whole command instead.</summary>
    private async Task<(Dictionary<UserDraft, SoUser?>? Existing, SoException? Failure)> LookUpAsync(IReadOnlyList<UserDraft> drafts, CancellationToken cancellationToken)
    {
        await _writes.ReconcileEarlierRunsAsync().ConfigureAwait(false);
        try
        {
            return (await UserLookup.MatchAsync(_client, drafts, cancellationToken).ConfigureAwait(false), null);
        }
        catch (SoException ex) when (!ex.RefusesCredentials)
        {
            return (null, ex);
        }
    }

    /// <summary>The names among <paramref name="names"/> that no SCIM group has.</summary>
    public async Task<IReadOnlyList<string>> FindMissingGroupsAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        foreach (var name in names)
        {
            if (await GroupAsync(name, cancellationToken).ConfigureAwait(false) is null)
            {
                missing.Add(name);
            }
        }

        return missing;
    }

    /// <summary>A group by name, read once per command.</summary>
    private Task<SoGroup?> GroupAsync(string name, CancellationToken cancellationToken) =>
        _groups.GetOrAdd(name, n => new Lazy<Task<SoGroup?>>(() => FindGroupAsync(n, cancellationToken))).Value;

    /// <summary>A group's member ids, read once per command and kept up to date with what this command adds.</summary>
    private async Task<ISet<string>> MembersAsync(SoGroup group, CancellationToken cancellationToken)
    {
        var members = await _members.GetOrAdd(group.ScimId, id => new Lazy<Task<SoGroup>>(() => _client.GetGroupAsync(id, cancellationToken))).Value.ConfigureAwait(false);
        lock (members)
        {
            return new HashSet<string>(members.MemberIds, StringComparer.Ordinal);
        }
    }

    private async Task<SoGroup?> FindGroupAsync(string displayName, CancellationToken cancellationToken) =>
        (await _client.FindGroupsAsync(ScimFilter.Equal("displayName", displayName), withMembers: false, cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(g => string.Equals(g.DisplayName, displayName, StringComparison.OrdinalIgnoreCase));

    /// <summary>One membership PATCH per group for the whole batch.</summary>
    private async Task AddToGroupsAsync(IReadOnlyList<(UserDraft Draft, SoUser User, IReadOnlyList<SoGroup> Groups)> created, CancellationToken cancellationToken)
    {
        var byGroup = created.SelectMany(c => c.Groups.Select(g => (Group: g, c.User))).GroupBy(x => x.Group.ScimId);
        foreach (var group in byGroup)
        {
            await AddMembersAsync(group.First().Group, group.Select(x => x.User).ToList(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Adds an existing user to the approved groups it was missing from (a New-SoUser run stopped between a create
    /// and the membership is finished by running it again), then reports that the user already exists.
    /// </summary>
    private async Task CompleteMembershipAsync(PlannedUserChange change, CancellationToken cancellationToken)
    {
        var user = change.Current!;
        var added = new List<string>();
        try
        {
            foreach (var group in change.ApprovedGroups)
            {
                await AddMembersAsync(group, new[] { user }, cancellationToken).ConfigureAwait(false);
                var members = await _members[group.ScimId].Value.ConfigureAwait(false);
                lock (members)
                {
                    members.MemberIds.Add(user.ScimId);
                }

                added.Add(group.DisplayName);
            }

            _host.Failed(new UserOutcome(change.Draft, null), UserPlanner.AlreadyExists(change.Draft, user, added));
        }
        catch (SoException ex)
        {
            _host.Failed(new UserOutcome(change.Draft, null), WithTarget(ex, change.Draft));
        }
    }

    private Task AddMembersAsync(SoGroup group, IReadOnlyList<SoUser> users, CancellationToken cancellationToken) =>
        _writes.WriteAsync(
            users.Select(u => new AuditChange("AddMember", u.UserName) { Group = group.DisplayName, GroupId = group.ScimId, ScimId = u.ScimId }).ToList(),
            () => _client.PatchGroupMembersAsync(group.ScimId, users.Select(u => u.ScimId).ToList(), Array.Empty<string>(), cancellationToken),
            cancellationToken);

    /// <summary>The user as the server holds it after a PATCH answered 204 with no body (RFC 7644 §3.5.2 allows either).</summary>
    private async Task<SoUser> ReadAgainAsync(SoUser before, CancellationToken cancellationToken) =>
        await _client.GetUserResourceAsync(before.ScimId, cancellationToken).ConfigureAwait(false) is { } json ? ScimJson.ParseUser(json) : before;

    private static SoException WithTarget(SoException error, UserDraft draft)
    {
        error.Target ??= draft.Source;
        return error;
    }
}

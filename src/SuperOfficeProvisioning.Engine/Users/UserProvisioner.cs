using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Audit;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Engine.Hosting;

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

    /// <summary>Creates the users that do not exist yet, and adds them to their groups.</summary>
    public async Task CreateAsync(IReadOnlyList<(UserDraft Draft, IReadOnlyList<string> Groups)> batch, CancellationToken cancellationToken)
    {
        var existing = await LookUpAsync(batch.Select(b => b.Draft).ToList(), cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            return;
        }

        var approved = new List<(UserDraft Draft, IReadOnlyList<SoGroup> Groups)>();
        foreach (var (draft, groupNames) in batch)
        {
            try
            {
                var groups = await ResolveGroupsAsync(groupNames, draft, cancellationToken).ConfigureAwait(false);
                if (existing[draft] is { } found)
                {
                    var added = await CompleteMembershipAsync(found, groups, cancellationToken).ConfigureAwait(false);
                    var note = added.Count == 0 ? string.Empty : $" It was added to the group(s) it was missing from: '{string.Join("', '", added)}'.";
                    throw new SoException("UserAlreadyExists", SoErrorKind.AlreadyExists, $"User {draft.RecordLabel} already exists in SuperOffice (as '{found.UserName}', SCIM id {found.ScimId}). Use Set-SoUser to change it.{note}");
                }

                if (_host.Confirm(draft.UserName, "Create SuperOffice user" + (groups.Count > 0 ? " in " + string.Join(", ", groups) : string.Empty)) == WriteDecision.Write)
                {
                    approved.Add((draft, groups));
                }
            }
            catch (SoException ex)
            {
                _host.Failed(new UserOutcome(draft, null), WithTarget(ex, draft));
            }
        }

        var outcomes = await CreateUsersAsync(approved.Select(a => a.Draft).ToList(), cancellationToken).ConfigureAwait(false);
        var created = new List<(UserDraft Draft, SoUser User, IReadOnlyList<SoGroup> Groups)>();
        for (var i = 0; i < approved.Count; i++)
        {
            var (user, error) = outcomes[i];
            if (user is not null)
            {
                created.Add((approved[i].Draft, user, approved[i].Groups));
            }
            else
            {
                _host.Failed(new UserOutcome(approved[i].Draft, null), WithTarget(error!, approved[i].Draft));
            }
        }

        await AddToGroupsAsync(created, cancellationToken).ConfigureAwait(false);
        foreach (var (draft, user, _) in created)
        {
            _host.Report(new UserOutcome(draft, user));
        }
    }

    /// <summary>Sends only the attributes that differ; a user already as asked costs no write.</summary>
    public async Task UpdateAsync(IReadOnlyList<UserDraft> batch, CancellationToken cancellationToken)
    {
        var existing = await LookUpAsync(batch, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            return;
        }

        await Task.WhenAll(batch.Select(async draft =>
        {
            try
            {
                var current = existing[draft] ?? throw NotFound(draft);
                var changed = new List<string>();
                var operations = UserResource.Changes(current, draft, changed);
                if (operations.Count == 0)
                {
                    _host.Report(new UserOutcome(draft, current));
                    return;
                }

                if (_host.Confirm(current.UserName, "Update " + string.Join(", ", changed)) == WriteDecision.Write)
                {
                    var change = AuditedWrites.Audited("UpdateUser", current, operations);
                    var updated = await _writes.WriteAsync(change, () => _client.PatchUserAsync(current.ScimId, operations, cancellationToken), cancellationToken).ConfigureAwait(false);
                    _host.Report(new UserOutcome(draft, updated ?? await ReadAgainAsync(current, cancellationToken).ConfigureAwait(false)));
                }
            }
            catch (SoException ex)
            {
                _host.Failed(new UserOutcome(draft, null), WithTarget(ex, draft));
            }
        })).ConfigureAwait(false);
    }

    /// <summary>De-provisions (active=false, like Entra's soft delete) or, with <paramref name="delete"/>, deletes.</summary>
    public async Task RemoveAsync(IReadOnlyList<UserDraft> batch, bool delete, CancellationToken cancellationToken)
    {
        var existing = await LookUpAsync(batch, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            return;
        }

        await Task.WhenAll(batch.Select(async draft =>
        {
            try
            {
                var current = existing[draft] ?? throw NotFound(draft);
                if (delete)
                {
                    if (_host.Confirm(current.UserName, "Delete SuperOffice user") == WriteDecision.Write)
                    {
                        await _writes.WriteAsync(AuditedWrites.Audited("DeleteUser", current, null), () => UserWrites.DeleteAsync(_client, current.ScimId, cancellationToken), cancellationToken).ConfigureAwait(false);
                        _host.Report(new UserOutcome(draft, current));
                    }
                }
                else if (!current.Enabled)
                {
                    _host.Report(new UserOutcome(draft, current));
                }
                else if (_host.Confirm(current.UserName, "De-provision SuperOffice user (active = false)") == WriteDecision.Write)
                {
                    var disable = new[] { UserResource.Active(false) };
                    var updated = await _writes.WriteAsync(AuditedWrites.Audited("DisableUser", current, disable), () => _client.PatchUserAsync(current.ScimId, disable, cancellationToken), cancellationToken).ConfigureAwait(false);
                    _host.Report(new UserOutcome(draft, updated ?? await ReadAgainAsync(current, cancellationToken).ConfigureAwait(false)));
                }
            }
            catch (SoException ex)
            {
                _host.Failed(new UserOutcome(draft, null), WithTarget(ex, draft));
            }
        })).ConfigureAwait(false);
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
                return drafts.Select(d => ((SoUser?)null, (SoException?)ForUser(ex, d, "was not created"))).ToList();
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

    /// <summary>
    /// The batch's existing users; null when the lookup failed, which is then reported for every user of the
    /// batch. Credentials the server refuses end the whole command instead.
    /// </summary>
    private async Task<Dictionary<UserDraft, SoUser?>?> LookUpAsync(IReadOnlyList<UserDraft> drafts, CancellationToken cancellationToken)
    {
        await _writes.ReconcileEarlierRunsAsync().ConfigureAwait(false);
        try
        {
            return await UserLookup.MatchAsync(_client, drafts, cancellationToken).ConfigureAwait(false);
        }
        catch (SoException ex) when (!ex.RefusesCredentials)
        {
            foreach (var draft in drafts)
            {
                _host.Failed(new UserOutcome(draft, null), ForUser(ex, draft, "was not processed"));
            }

            return null;
        }
    }

    /// <summary>The names among <paramref name="names"/> that no SCIM group has.</summary>
    public async Task<IReadOnlyList<string>> FindMissingGroupsAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        foreach (var name in names)
        {
            if (await _groups.GetOrAdd(name, n => new Lazy<Task<SoGroup?>>(() => FindGroupAsync(n, cancellationToken))).Value.ConfigureAwait(false) is null)
            {
                missing.Add(name);
            }
        }

        return missing;
    }

    private async Task<IReadOnlyList<SoGroup>> ResolveGroupsAsync(IReadOnlyList<string> names, UserDraft draft, CancellationToken cancellationToken)
    {
        var groups = new List<SoGroup>();
        foreach (var name in names)
        {
            var group = await _groups.GetOrAdd(name, n => new Lazy<Task<SoGroup?>>(() => FindGroupAsync(n, cancellationToken))).Value.ConfigureAwait(false);
            groups.Add(group ?? throw new SoException("GroupNotFound", SoErrorKind.NotFound, $"User {draft.RecordLabel} was not created: there is no SCIM group named '{name}'. Create it first (Sync-SoGroup creates missing groups)."));
        }

        return groups;
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
    /// Adds an existing user to those of its requested groups it is not in: a New-SoUser run stopped between a
    /// create and the membership is finished by running it again. Returns the groups it was added to.
    /// </summary>
    private async Task<IReadOnlyList<string>> CompleteMembershipAsync(SoUser user, IReadOnlyList<SoGroup> groups, CancellationToken cancellationToken)
    {
        var added = new List<string>();
        foreach (var group in groups)
        {
            var members = await _members.GetOrAdd(group.ScimId, id => new Lazy<Task<SoGroup>>(() => _client.GetGroupAsync(id, cancellationToken))).Value.ConfigureAwait(false);
            lock (members)
            {
                if (members.MemberIds.Contains(user.ScimId))
                {
                    continue;
                }
            }

            if (_host.Confirm(user.UserName, $"Add existing SuperOffice user to SCIM group '{group.DisplayName}'") == WriteDecision.Write)
            {
                await AddMembersAsync(group, new[] { user }, cancellationToken).ConfigureAwait(false);
                lock (members)
                {
                    members.MemberIds.Add(user.ScimId);
                }

                added.Add(group.DisplayName);
            }
        }

        return added;
    }

    private Task AddMembersAsync(SoGroup group, IReadOnlyList<SoUser> users, CancellationToken cancellationToken) =>
        _writes.WriteAsync(
            users.Select(u => new AuditChange("AddMember", u.UserName) { Group = group.DisplayName, GroupId = group.ScimId, ScimId = u.ScimId }).ToList(),
            () => _client.PatchGroupMembersAsync(group.ScimId, users.Select(u => u.ScimId).ToList(), Array.Empty<string>(), cancellationToken),
            cancellationToken);

    /// <summary>The user as the server holds it after a PATCH answered 204 with no body (RFC 7644 §3.5.2 allows either).</summary>
    private async Task<SoUser> ReadAgainAsync(SoUser before, CancellationToken cancellationToken) =>
        await _client.GetUserResourceAsync(before.ScimId, cancellationToken).ConfigureAwait(false) is { } json ? ScimJson.ParseUser(json) : before;

    /// <summary>A failure of a whole batch, told to each of its users.</summary>
    private static SoException ForUser(SoException batchFailure, UserDraft draft, string outcome) =>
        new SoException(batchFailure.ErrorId, batchFailure.Kind, $"User {draft.RecordLabel} {outcome}: {batchFailure.Message}", batchFailure) { Target = draft.Source };

    private static SoException NotFound(UserDraft draft) =>
        new SoException("UserNotFound", SoErrorKind.NotFound, $"User {draft.RecordLabel} does not exist in SuperOffice.");

    private static SoException WithTarget(SoException error, UserDraft draft)
    {
        error.Target ??= draft.Source;
        return error;
    }
}

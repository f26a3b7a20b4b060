using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Concurrency;
using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Engine.Users;

namespace SuperOfficeProvisioning.Engine.Sync;

/// <summary>What a sync reads by other means when the gateway cannot list its users whole.</summary>
internal static class UnlistedUsers
{
    /// <summary>
    /// Where the gateway could not list its users whole, the input's users it did not list are looked up by filter
    /// (externalId, then userName, twenty to a request) and the group's other members by id, so the plan is the one
    /// a complete listing gives.
    /// </summary>
    public static async Task LookUpAsync(ScimClient client, GroupSyncRequest request, SyncSnapshot snapshot, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(snapshot.Users.Select(u => u.ScimId), StringComparer.Ordinal);
        var externalIds = new HashSet<string>(snapshot.Users.Where(u => !string.IsNullOrEmpty(u.ExternalId)).Select(u => u.ExternalId!), StringComparer.Ordinal);
        var userNames = new HashSet<string>(snapshot.Users.Select(u => u.UserName), StringComparer.OrdinalIgnoreCase);
        var unlisted = request.Members.Concat(request.Unreadable)
            .Where(d => !(!string.IsNullOrEmpty(d.ExternalId) && externalIds.Contains(d.ExternalId!)) && !userNames.Contains(d.UserName))
            .ToList();
        var batches = Enumerable.Range(0, (unlisted.Count + UserProvisioner.BatchSize - 1) / UserProvisioner.BatchSize)
            .Select(i => unlisted.Skip(i * UserProvisioner.BatchSize).Take(UserProvisioner.BatchSize).ToList()).ToList();
        var found = await BoundedParallel.SelectAsync(batches, request.ThrottleLimit, async batch =>
            (await UserLookup.MatchAsync(client, batch, cancellationToken).ConfigureAwait(false)).Values).ConfigureAwait(false);
        snapshot.Users.AddRange(found.SelectMany(users => users).Where(u => u is not null && ids.Add(u.ScimId)).Select(u => u!));

        // The members left unlisted are the leavers: read one by one, so the plan names them as a listing would.
        var leavers = (snapshot.Group?.MemberIds ?? new HashSet<string>()).Where(id => !ids.Contains(id)).ToList();
        var read = await BoundedParallel.SelectAsync(leavers, request.ThrottleLimit, async id =>
            await client.GetUserResourceAsync(id, cancellationToken).ConfigureAwait(false) is { } json ? ScimJson.ParseUser(json) : null).ConfigureAwait(false);
        snapshot.Users.AddRange(read.Where(u => u is not null).Select(u => u!));
    }
}

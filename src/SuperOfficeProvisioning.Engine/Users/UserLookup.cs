using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Scim;

namespace SuperOfficeProvisioning.Engine.Users;

/// <summary>
/// Finds the existing users of a batch of input records with one filtered read: externalId first, then
/// userName, as Entra matches. One request per batch instead of one or two per user.
/// </summary>
internal static class UserLookup
{
    public static async Task<Dictionary<UserDraft, SoUser?>> MatchAsync(ScimClient client, IReadOnlyList<UserDraft> drafts, CancellationToken cancellationToken)
    {
        var clauses = new List<string>();
        foreach (var draft in drafts)
        {
            if (!string.IsNullOrEmpty(draft.ExternalId))
            {
                clauses.Add(ScimFilter.Equal("externalId", draft.ExternalId!));
            }

            if (draft.UserName.Length > 0)
            {
                clauses.Add(ScimFilter.Equal("userName", draft.UserName));
            }
        }

        var found = clauses.Count == 0
            ? new List<SoUser>()
            : await client.FindUsersAsync(ScimFilter.AnyOf(clauses), cancellationToken).ConfigureAwait(false);
        return drafts.ToDictionary(d => d, d => Match(found, d));
    }

    public static SoUser? Match(IEnumerable<SoUser> users, UserDraft draft)
    {
        var candidates = users as IReadOnlyCollection<SoUser> ?? users.ToList();
        return (!string.IsNullOrEmpty(draft.ExternalId)
                ? candidates.FirstOrDefault(u => string.Equals(u.ExternalId, draft.ExternalId, StringComparison.Ordinal))
                : null)
            ?? (draft.UserName.Length > 0
                ? candidates.FirstOrDefault(u => string.Equals(u.UserName, draft.UserName, StringComparison.OrdinalIgnoreCase))
                : null);
    }
}

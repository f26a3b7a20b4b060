using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Errors;
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

        var found = await FindAnyAsync(client, clauses, cancellationToken).ConfigureAwait(false);
        return drafts.ToDictionary(d => d, d => Match(found, d));
    }

    /// <summary>
    /// The users matching any of the clauses: one request joined with <c>or</c>, or, on a server that has refused
    /// <c>or</c> (a 400 or a 500 to the joined filter, learnt once per connection), one request a clause.
    /// </summary>
    public static async Task<List<SoUser>> FindAnyAsync(ScimClient client, IReadOnlyList<string> clauses, CancellationToken cancellationToken)
    {
        if (clauses.Count == 0)
        {
            return new List<SoUser>();
        }

        if (clauses.Count > 1 && client.Capabilities.OrFilters != false)
        {
            try
            {
                var joined = await client.FindUsersAsync(ScimFilter.AnyOf(clauses), cancellationToken).ConfigureAwait(false);
                client.Capabilities.LearnOrFilters(true);
                return joined;
            }
            catch (SoException ex) when (client.Capabilities.OrFilters != true && (ex.Kind == SoErrorKind.InvalidInput || ex.Kind == SoErrorKind.ServerError))
            {
                client.Capabilities.LearnOrFilters(false, ex.Message);
            }
        }

        var each = await Task.WhenAll(clauses.Select(clause => client.FindUsersAsync(clause, cancellationToken))).ConfigureAwait(false);
        return each.SelectMany(users => users).GroupBy(u => u.ScimId, StringComparer.Ordinal).Select(g => g.First()).ToList();
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

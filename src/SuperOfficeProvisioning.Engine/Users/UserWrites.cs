using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Scim;

namespace SuperOfficeProvisioning.Engine.Users;

/// <summary>User writes that stay correct when an answer is lost and the request is retried.</summary>
public static class UserWrites
{
    /// <summary>
    /// Creates the user. Called only after a lookup found no such user, so a 409 most likely means our own
    /// create went through and only its answer was lost; the user is then adopted if it is the one asked for.
    /// </summary>
    public static async Task<SoUser> CreateOrAdoptAsync(ScimClient client, UserDraft draft, CancellationToken cancellationToken)
    {
        try
        {
            return await client.CreateUserAsync(ScimJson.NewUser(draft), cancellationToken).ConfigureAwait(false);
        }
        catch (SoException ex) when (ex.Kind == SoErrorKind.AlreadyExists)
        {
            var clauses = new List<string> { ScimFilter.Equal("userName", draft.UserName) };
            if (!string.IsNullOrEmpty(draft.ExternalId))
            {
                clauses.Add(ScimFilter.Equal("externalId", draft.ExternalId!));
            }

            var match = UserLookup.Match(await client.FindUsersAsync(ScimFilter.AnyOf(clauses), cancellationToken).ConfigureAwait(false), draft);
            if (match is not null && string.Equals(match.UserName, draft.UserName, StringComparison.OrdinalIgnoreCase)
                && (string.IsNullOrEmpty(draft.ExternalId) || string.Equals(match.ExternalId, draft.ExternalId, StringComparison.Ordinal)))
            {
                return match;
            }

            throw new SoException("UserAlreadyExists", SoErrorKind.AlreadyExists, $"User {draft.RecordLabel} already exists in SuperOffice: {ex.Message}", ex);
        }
    }

    /// <summary>Deletes the user; one already gone (a retried delete whose first answer was lost) is fine.</summary>
    public static async Task DeleteAsync(ScimClient client, string id, CancellationToken cancellationToken)
    {
        try
        {
            await client.DeleteUserAsync(id, cancellationToken).ConfigureAwait(false);
        }
        catch (SoException ex) when (ex.Kind == SoErrorKind.NotFound)
        {
        }
    }
}

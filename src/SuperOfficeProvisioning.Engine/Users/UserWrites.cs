using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Scim;

namespace SuperOfficeProvisioning.Engine.Users;

/// <summary>User writes that stay correct when an answer is lost and the request is retried.</summary>
public static class UserWrites
{
    /// <summary>
    /// Creates the user. Called only after a lookup found no such user, so a 409 most likely means our own
    /// create went through and only its answer was lost; the user is then adopted if it is the one asked for. A
    /// server error or a lost connection leaves it open whether the create went through: the user is looked up
    /// before the failure is reported, and adopted if it is there.
    /// </summary>
    public static async Task<SoUser> CreateOrAdoptAsync(ScimClient client, UserDraft draft, CancellationToken cancellationToken)
    {
        try
        {
            return await client.CreateUserAsync(UserResource.New(draft), cancellationToken).ConfigureAwait(false);
        }
        catch (SoException ex) when (ex.Kind == SoErrorKind.AlreadyExists)
        {
            return await FindOwnAsync(client, draft, cancellationToken).ConfigureAwait(false)
                ?? throw new SoException("UserAlreadyExists", SoErrorKind.AlreadyExists, $"User {draft.RecordLabel} already exists in SuperOffice: {ex.Message}", ex);
        }
        catch (SoException ex) when (ex.Kind == SoErrorKind.ServerError || ex.Kind == SoErrorKind.Connection)
        {
            if (await FindOwnAsync(client, draft, cancellationToken).ConfigureAwait(false) is { } adopted)
            {
                return adopted;
            }

            throw;
        }
    }

    /// <summary>The user the draft describes, by userName and externalId both; null when there is none.</summary>
    private static async Task<SoUser?> FindOwnAsync(ScimClient client, UserDraft draft, CancellationToken cancellationToken)
    {
        var clauses = new List<string> { ScimFilter.Equal("userName", draft.UserName) };
        if (!string.IsNullOrEmpty(draft.ExternalId))
        {
            clauses.Add(ScimFilter.Equal("externalId", draft.ExternalId!));
        }

        var match = UserLookup.Match(await UserLookup.FindAnyAsync(client, clauses, cancellationToken).ConfigureAwait(false), draft);
        return match is not null && string.Equals(match.UserName, draft.UserName, StringComparison.OrdinalIgnoreCase)
            && (string.IsNullOrEmpty(draft.ExternalId) || string.Equals(match.ExternalId, draft.ExternalId, StringComparison.Ordinal))
            ? match
            : null;
    }

    /// <summary>
    /// Creates the users with SCIM Bulk requests (RFC 7644 §3.7) within the server's limits. An operation the
    /// server answers 409 goes the way of <see cref="CreateOrAdoptAsync"/>: a retried bulk request whose first
    /// answer was lost meets its own users.
    /// </summary>
    public static async Task<IReadOnlyList<(SoUser? User, SoException? Error)>> CreateInBulkAsync(ScimClient client, IReadOnlyList<UserDraft> drafts, ScimServiceConfig config, CancellationToken cancellationToken)
    {
        var outcomes = new (SoUser? User, SoException? Error)[drafts.Count];
        var start = 0;
        while (start < drafts.Count)
        {
            var operations = new List<JObject>();
            var size = 200;
            for (var i = start; i < drafts.Count && operations.Count < config.BulkMaxOperations; i++)
            {
                var operation = new JObject
                {
                    ["method"] = "POST",
                    ["path"] = "/Users",
                    ["bulkId"] = "user" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["data"] = UserResource.New(drafts[i]),
                };
                size += operation.ToString(Formatting.None).Length + 1;
                if (operations.Count > 0 && size > config.BulkMaxPayloadSize * 9 / 10)
                {
                    break;
                }

                operations.Add(operation);
            }

            var results = await client.BulkAsync(operations, cancellationToken).ConfigureAwait(false);
            for (var n = 0; n < operations.Count; n++)
            {
                var index = start + n;
                var result = results.FirstOrDefault(r => (string?)r["bulkId"] == (string?)operations[n]["bulkId"]);
                outcomes[index] = await BulkOutcomeAsync(client, drafts[index], result, cancellationToken).ConfigureAwait(false);
            }

            start += operations.Count;
        }

        return outcomes;
    }

    private static async Task<(SoUser?, SoException?)> BulkOutcomeAsync(ScimClient client, UserDraft draft, JObject? result, CancellationToken cancellationToken)
    {
        var status = (string?)result?["status"] ?? string.Empty;
        if (status.StartsWith("2", StringComparison.Ordinal))
        {
            var location = (string?)result!["location"] ?? string.Empty;
            var user = result["response"] is JObject body ? ScimJson.ParseUser(body) : ScimJson.ParseUser(UserResource.New(draft));
            if (user.ScimId.Length == 0)
            {
                user.ScimId = location.Substring(location.LastIndexOf('/') + 1);
            }

            return (user, null);
        }

        try
        {
            // A 409 (or an operation the server did not answer): look, and adopt the user if the create was ours.
            return (await CreateOrAdoptAsync(client, draft, cancellationToken).ConfigureAwait(false), null);
        }
        catch (SoException ex)
        {
            return (null, ex);
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

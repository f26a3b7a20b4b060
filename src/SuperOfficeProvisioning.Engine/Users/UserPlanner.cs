using System.Collections.Generic;
using System.Linq;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Scim;

namespace SuperOfficeProvisioning.Engine.Users;

/// <summary>
/// Decides what each input user needs, from what the tenant held when the batch was read: pure, so a plan can
/// be shown (-WhatIf), confirmed and tested without a server.
/// </summary>
public static class UserPlanner
{
    /// <summary>New-SoUser: create who is missing; for who exists, add it to the requested groups it is missing from.</summary>
    /// <param name="groups">The requested groups by name; null for a name no SCIM group has.</param>
    /// <param name="members">The member ids of the requested groups of users that exist, by group id.</param>
    public static UserPlan Create(
        IReadOnlyList<(UserDraft Draft, IReadOnlyList<string> Groups)> batch,
        IReadOnlyDictionary<UserDraft, SoUser?> existing,
        IReadOnlyDictionary<string, SoGroup?> groups,
        IReadOnlyDictionary<string, ISet<string>> members) =>
        new UserPlan(batch.Select(request =>
        {
            var (draft, names) = request;
            if (names.FirstOrDefault(name => groups[name] is null) is { } missing)
            {
                return Failed(draft, new SoException("GroupNotFound", SoErrorKind.NotFound, $"User {draft.RecordLabel} was not created: there is no SCIM group named '{missing}'. Create it first (Sync-SoGroup creates missing groups)."));
            }

            var wanted = names.Select(name => groups[name]!).ToList();
            if (existing[draft] is { } found)
            {
                var notIn = wanted.Where(g => !members[g.ScimId].Contains(found.ScimId)).ToList();
                return notIn.Count == 0
                    ? Failed(draft, AlreadyExists(draft, found, new List<string>()))
                    : new PlannedUserChange(UserChangeKind.CompleteMembership, draft, found) { Groups = notIn };
            }

            return new PlannedUserChange(UserChangeKind.Create, draft, null) { Groups = wanted };
        }).ToList());

    /// <summary>Set-SoUser: only the attributes that differ; a user already as asked costs no write.</summary>
    public static UserPlan Update(IReadOnlyList<UserDraft> batch, IReadOnlyDictionary<UserDraft, SoUser?> existing) =>
        new UserPlan(batch.Select(draft =>
        {
            if (!(existing[draft] is { } current))
            {
                return Failed(draft, NotFound(draft));
            }

            var changed = new List<string>();
            var operations = UserResource.Changes(current, draft, changed);
            return operations.Count == 0
                ? new PlannedUserChange(UserChangeKind.Unchanged, draft, current)
                : new PlannedUserChange(UserChangeKind.Update, draft, current) { Operations = operations, ChangedFields = changed };
        }).ToList());

    /// <summary>Remove-SoUser: de-provision (active = false) who is active, or delete.</summary>
    public static UserPlan Remove(IReadOnlyList<UserDraft> batch, IReadOnlyDictionary<UserDraft, SoUser?> existing, bool delete) =>
        new UserPlan(batch.Select(draft =>
        {
            if (!(existing[draft] is { } current))
            {
                return Failed(draft, NotFound(draft));
            }

            return delete ? new PlannedUserChange(UserChangeKind.Delete, draft, current)
                : !current.Enabled ? new PlannedUserChange(UserChangeKind.Unchanged, draft, current)
                : new PlannedUserChange(UserChangeKind.Disable, draft, current) { Operations = new[] { UserResource.Active(false) } };
        }).ToList());

    /// <summary>The batch's lookup failed: each of its users is told, and nothing is written.</summary>
    public static UserPlan LookupFailed(IReadOnlyList<UserDraft> batch, SoException failure) =>
        new UserPlan(batch.Select(draft => Failed(draft, ForUser(failure, draft, "was not processed"))).ToList());

    /// <summary>The error for New-SoUser of a user that exists, naming the groups it was added to.</summary>
    public static SoException AlreadyExists(UserDraft draft, SoUser found, IReadOnlyList<string> addedTo)
    {
        var note = addedTo.Count == 0 ? string.Empty : $" It was added to the group(s) it was missing from: '{string.Join("', '", addedTo)}'.";
        return new SoException("UserAlreadyExists", SoErrorKind.AlreadyExists, $"User {draft.RecordLabel} already exists in SuperOffice (as '{found.UserName}', SCIM id {found.ScimId}). Use Set-SoUser to change it.{note}") { Target = draft.Source };
    }

    /// <summary>A failure of a whole batch, told to each of its users.</summary>
    public static SoException ForUser(SoException batchFailure, UserDraft draft, string outcome) =>
        new SoException(batchFailure.ErrorId, batchFailure.Kind, $"User {draft.RecordLabel} {outcome}: {batchFailure.Message}", batchFailure) { Target = draft.Source };

    private static PlannedUserChange Failed(UserDraft draft, SoException error)
    {
        error.Target ??= draft.Source;
        return new PlannedUserChange(UserChangeKind.Fail, draft, null) { Error = error };
    }

    private static SoException NotFound(UserDraft draft) =>
        new SoException("UserNotFound", SoErrorKind.NotFound, $"User {draft.RecordLabel} does not exist in SuperOffice.");
}

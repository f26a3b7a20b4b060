using System;
using System.Collections.Generic;
using System.Linq;
using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Engine.Users;

namespace SuperOfficeProvisioning.Engine.Sync;

/// <summary>Compares the desired members with the group and the users the gateway holds.</summary>
public static class SyncPlanner
{
    /// <param name="held">
    /// The user names and external ids of input rows that failed validation. Their users stay exactly as they are
    /// (membership and state): an input the module cannot read is never evidence that something should go.
    /// </param>
    /// <param name="unidentifiedRows">Rows that failed validation with not even a user name or id to go by.</param>
    public static SyncPlan Plan(IReadOnlyList<UserDraft> desired, SoGroup? group, IEnumerable<SoUser> users, RemovedMemberAction removedMemberAction,
        IReadOnlyList<UserDraft>? held = null, int unidentifiedRows = 0)
    {
        var index = new UserIndex(users);
        var plan = new SyncPlan { CreatesGroup = group is null };
        var members = group?.MemberIds ?? new HashSet<string>();
        var desiredIds = new HashSet<string>(StringComparer.Ordinal);

        foreach (var draft in desired)
        {
            var user = index.Match(draft);
            if (user is null)
            {
                plan.UserChanges.Add(new SyncChange(SyncAction.CreateUser, draft.UserName) { Draft = draft });
                plan.MemberAdds.Add(new SyncChange(SyncAction.AddMember, draft.UserName) { Draft = draft });
                continue;
            }

            desiredIds.Add(user.ScimId);
            var changed = new List<string>();
            var operations = UserResource.Changes(user, draft, changed);
            if (operations.Count > 0)
            {
                var action = !changed.Contains(UserField.Enabled.Name) ? SyncAction.UpdateUser
                    : draft.Enabled == true ? SyncAction.ReactivateUser : SyncAction.DisableUser;
                var update = new SyncChange(action, user.UserName) { ScimId = user.ScimId, Operations = operations };
                foreach (var operation in operations)
                {
                    update.Attributes[(string)operation["path"]!] = operation["value"]?.ToString();
                }

                plan.UserChanges.Add(update);
            }

            if (!members.Contains(user.ScimId))
            {
                plan.MemberAdds.Add(new SyncChange(SyncAction.AddMember, user.UserName) { ScimId = user.ScimId });
            }
            else if (operations.Count == 0)
            {
                plan.Unchanged++;
            }
        }

        foreach (var row in held ?? Array.Empty<UserDraft>())
        {
            if (index.Match(row) is { } user && desiredIds.Add(user.ScimId))
            {
                plan.Held++;
            }
        }

        var leavers = members.Where(id => !desiredIds.Contains(id)).OrderBy(id => id, StringComparer.Ordinal).ToList();
        if (unidentifiedRows > 0)
        {
            plan.RemovalsWithheld = leavers.Count;
            leavers.Clear();
        }

        foreach (var memberId in leavers)
        {
            var user = index.ById(memberId);
            var target = user?.UserName ?? memberId;
            switch (removedMemberAction)
            {
                case RemovedMemberAction.Delete:
                    plan.LeaverChanges.Add(new SyncChange(SyncAction.DeleteUser, target) { ScimId = memberId });
                    break;
                case RemovedMemberAction.Disable:
                    plan.MemberRemovals.Add(new SyncChange(SyncAction.RemoveMember, target) { ScimId = memberId });
                    if (user is null || user.Enabled)
                    {
                        var disable = new SyncChange(SyncAction.DisableUser, target) { ScimId = memberId };
                        disable.Attributes["active"] = "False";
                        plan.LeaverChanges.Add(disable);
                    }

                    break;
                default:
                    plan.MemberRemovals.Add(new SyncChange(SyncAction.RemoveMember, target) { ScimId = memberId });
                    break;
            }
        }

        return plan;
    }

    /// <summary>The SCIM attributes a new user is created with, by path.</summary>
    internal static Dictionary<string, string?> NewUserAttributes(UserDraft draft) => ScimJson.Flatten(UserResource.New(draft));

    /// <summary>The gateway's users by id, external id and user name, for matching as Entra does.</summary>
    private sealed class UserIndex
    {
        private readonly Dictionary<string, SoUser> _byId = new Dictionary<string, SoUser>(StringComparer.Ordinal);
        private readonly Dictionary<string, SoUser> _byExternalId = new Dictionary<string, SoUser>(StringComparer.Ordinal);
        private readonly Dictionary<string, SoUser> _byUserName = new Dictionary<string, SoUser>(StringComparer.OrdinalIgnoreCase);

        public UserIndex(IEnumerable<SoUser> users)
        {
            foreach (var user in users)
            {
                _byId[user.ScimId] = user;
                if (!string.IsNullOrEmpty(user.ExternalId))
                {
                    _byExternalId[user.ExternalId!] = user;
                }

                _byUserName[user.UserName] = user;
            }
        }

        public SoUser? ById(string id) => _byId.TryGetValue(id, out var user) ? user : null;

        public SoUser? Match(UserDraft draft) =>
            (!string.IsNullOrEmpty(draft.ExternalId) && _byExternalId.TryGetValue(draft.ExternalId!, out var byExternalId) ? byExternalId : null)
            ?? (_byUserName.TryGetValue(draft.UserName, out var byName) ? byName : null);
    }
}

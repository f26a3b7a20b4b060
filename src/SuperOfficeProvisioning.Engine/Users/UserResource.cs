using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Scim;

namespace SuperOfficeProvisioning.Engine.Users;

/// <summary>Between drafts and SCIM user resources, field by field as <see cref="UserField.All"/> maps them.</summary>
public static class UserResource
{
    /// <summary>The resource to POST for a new user. Absent Enabled means active, as in Entra's mapping.</summary>
    public static JObject New(UserDraft draft)
    {
        var user = new JObject
        {
            ["schemas"] = new JArray(ScimSchemas.User),
            ["userName"] = draft.UserName,
            ["active"] = draft.Enabled ?? true,
            ["displayName"] = NonEmpty(draft[UserField.DisplayName]) ?? DefaultDisplayName(draft),
        };
        foreach (var field in UserField.All.Where(f => f != UserField.UserName && f != UserField.DisplayName && f.Kind != UserFieldKind.Boolean))
        {
            if (NonEmpty(draft[field]) is { } value)
            {
                field.Path.Write(user, value);
            }
        }

        if (user["emails"] is JArray { Count: 1 } emails)
        {
            emails[0]["primary"] = true;
        }

        return user;
    }

    /// <summary>
    /// PATCH operations (shaped as Entra sends them) that turn <paramref name="current"/> into the draft, for
    /// the fields the draft gives; none when nothing differs.
    /// </summary>
    public static List<JObject> Changes(SoUser current, UserDraft draft, ICollection<string>? changedFields = null)
    {
        var operations = new List<JObject>();
        foreach (var field in UserField.All.Where(draft.IsGiven))
        {
            if (field.Kind == UserFieldKind.Boolean)
            {
                if (draft.Enabled.HasValue && draft.Enabled.Value != current.Enabled)
                {
                    changedFields?.Add(field.Name);
                    operations.Add(Active(draft.Enabled.Value));
                }

                continue;
            }

            // A user name is never cleared: an empty one in the input means "find the user another way".
            var want = field == UserField.UserName ? NonEmpty(draft[field]) : draft[field];
            if (want is null || string.Equals(field.Current(current) ?? string.Empty, want, StringComparison.Ordinal))
            {
                continue;
            }

            changedFields?.Add(field.Name);
            operations.Add(want.Length == 0
                ? new JObject { ["op"] = "Remove", ["path"] = field.ScimPath }
                : new JObject { ["op"] = "Replace", ["path"] = field.ScimPath, ["value"] = want });
        }

        return operations;
    }

    public static JObject Active(bool active) => new JObject { ["op"] = "Replace", ["path"] = "active", ["value"] = active };

    private static string DefaultDisplayName(UserDraft draft)
    {
        var name = string.Join(" ", new[] { draft[UserField.GivenName], draft[UserField.Surname] }.Where(n => !string.IsNullOrEmpty(n)));
        return name.Length > 0 ? name : draft.UserName;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

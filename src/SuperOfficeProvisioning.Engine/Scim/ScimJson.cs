using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Users;

namespace SuperOfficeProvisioning.Engine.Scim;

/// <summary>Between the module's user shapes and SCIM resources (RFC 7643 core User, enterprise extension, Group).</summary>
public static class ScimJson
{
    /// <summary>The resource to POST for a new user. Absent Enabled means active, as in Entra's mapping.</summary>
    public static JObject NewUser(UserDraft draft)
    {
        var user = new JObject
        {
            ["schemas"] = new JArray(ScimSchemas.User),
            ["userName"] = draft.UserName,
            ["active"] = draft.Enabled ?? true,
            ["displayName"] = NonEmpty(draft.DisplayName) ?? DefaultDisplayName(draft),
        };
        SetIfGiven(user, "externalId", draft.ExternalId);
        var name = new JObject();
        SetIfGiven(name, "givenName", draft.GivenName);
        SetIfGiven(name, "familyName", draft.Surname);
        if (name.Count > 0)
        {
            user["name"] = name;
        }

        SetIfGiven(user, "title", draft.JobTitle);
        SetIfGiven(user, "preferredLanguage", draft.PreferredLanguage);
        if (!string.IsNullOrEmpty(draft.Email))
        {
            user["emails"] = new JArray(new JObject { ["value"] = draft.Email, ["type"] = "work", ["primary"] = true });
        }

        var phones = new JArray();
        if (!string.IsNullOrEmpty(draft.BusinessPhone))
        {
            phones.Add(new JObject { ["value"] = draft.BusinessPhone, ["type"] = "work" });
        }

        if (!string.IsNullOrEmpty(draft.MobilePhone))
        {
            phones.Add(new JObject { ["value"] = draft.MobilePhone, ["type"] = "mobile" });
        }

        if (phones.Count > 0)
        {
            user["phoneNumbers"] = phones;
        }

        var enterprise = new JObject();
        SetIfGiven(enterprise, "department", draft.Department);
        SetIfGiven(enterprise, "employeeNumber", draft.EmployeeId);
        if (enterprise.Count > 0)
        {
            ((JArray)user["schemas"]!).Add(ScimSchemas.EnterpriseUser);
            user[ScimSchemas.EnterpriseUser] = enterprise;
        }

        return user;
    }

    /// <summary>
    /// A user resource as attribute path → value, with the paths PATCH operations use
    /// (<c>name.givenName</c>, <c>emails[type eq "work"].value</c>, <c>urn:…:department</c>); schemas left out.
    /// </summary>
    public static Dictionary<string, string?> Flatten(JObject user)
    {
        var attributes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in user.Properties().Where(p => p.Name != "schemas"))
        {
            if (property.Value is JObject nested)
            {
                var prefix = property.Name.StartsWith("urn:", StringComparison.Ordinal) ? property.Name + ":" : property.Name + ".";
                foreach (var inner in nested.Properties())
                {
                    attributes[prefix + inner.Name] = inner.Value.ToString();
                }
            }
            else if (property.Value is JArray list)
            {
                foreach (var item in list.OfType<JObject>())
                {
                    attributes[$"{property.Name}[type eq \"{item["type"]}\"].value"] = (string?)item["value"];
                }
            }
            else
            {
                attributes[property.Name] = property.Value.ToString();
            }
        }

        return attributes;
    }

    /// <summary>
    /// PATCH operations (shaped as Entra sends them) that turn <paramref name="current"/> into the draft, for
    /// the fields the draft gives; none when nothing differs.
    /// </summary>
    public static List<JObject> Changes(SoUser current, UserDraft draft, ICollection<string>? changedFields = null)
    {
        var operations = new List<JObject>();

        void Compare(UserField field, string? have, string? want)
        {
            if (!draft.IsGiven(field) || want is null || string.Equals(have ?? string.Empty, want, StringComparison.Ordinal))
            {
                return;
            }

            changedFields?.Add(field.Name);
            operations.Add(want.Length == 0
                ? new JObject { ["op"] = "Remove", ["path"] = field.ScimPath }
                : new JObject { ["op"] = "Replace", ["path"] = field.ScimPath, ["value"] = want });
        }

        Compare(UserField.UserName, current.UserName, NonEmpty(draft.UserName));
        Compare(UserField.ExternalId, current.ExternalId, draft.ExternalId);
        Compare(UserField.DisplayName, current.DisplayName, draft.DisplayName);
        Compare(UserField.GivenName, current.GivenName, draft.GivenName);
        Compare(UserField.Surname, current.Surname, draft.Surname);
        Compare(UserField.Email, current.Email, draft.Email);
        Compare(UserField.JobTitle, current.JobTitle, draft.JobTitle);
        Compare(UserField.Department, current.Department, draft.Department);
        Compare(UserField.MobilePhone, current.MobilePhone, draft.MobilePhone);
        Compare(UserField.BusinessPhones, current.BusinessPhones.FirstOrDefault(), draft.BusinessPhone);
        Compare(UserField.EmployeeId, current.EmployeeId, draft.EmployeeId);
        Compare(UserField.PreferredLanguage, current.PreferredLanguage, draft.PreferredLanguage);
        if (draft.Enabled.HasValue && draft.Enabled.Value != current.Enabled)
        {
            changedFields?.Add(UserField.Enabled.Name);
            operations.Add(Active(draft.Enabled.Value));
        }

        return operations;
    }

    public static JObject Active(bool active) => new JObject { ["op"] = "Replace", ["path"] = "active", ["value"] = active };

    public static JObject PatchRequest(IEnumerable<JObject> operations) => new JObject
    {
        ["schemas"] = new JArray(ScimSchemas.PatchOp),
        ["Operations"] = new JArray(operations),
    };

    public static SoUser ParseUser(JObject json)
    {
        var enterprise = json[ScimSchemas.EnterpriseUser] as JObject;
        return new SoUser
        {
            ScimId = (string?)json["id"] ?? string.Empty,
            UserName = (string?)json["userName"] ?? string.Empty,
            ExternalId = (string?)json["externalId"],
            DisplayName = (string?)json["displayName"],
            GivenName = (string?)json["name"]?["givenName"],
            Surname = (string?)json["name"]?["familyName"],
            Email = Typed(json["emails"], "work") ?? Typed(json["emails"], null),
            JobTitle = (string?)json["title"],
            Department = (string?)enterprise?["department"],
            EmployeeId = (string?)enterprise?["employeeNumber"],
            MobilePhone = Typed(json["phoneNumbers"], "mobile"),
            BusinessPhones = new SoValueList((json["phoneNumbers"] as JArray)?.OfType<JObject>()
                .Where(p => string.Equals((string?)p["type"], "work", StringComparison.OrdinalIgnoreCase))
                .Select(p => (string?)p["value"]).Where(v => v is not null).Select(v => v!).ToArray() ?? Array.Empty<string>()),
            PreferredLanguage = (string?)json["preferredLanguage"],
            Enabled = ParseBoolean(json["active"]) ?? true,
            Groups = new SoValueList((json["groups"] as JArray)?.OfType<JObject>().Select(g => (string?)g["display"] ?? (string?)g["value"] ?? string.Empty).ToArray() ?? Array.Empty<string>()),
            Created = (DateTimeOffset?)json["meta"]?["created"],
            LastModified = (DateTimeOffset?)json["meta"]?["lastModified"],
        };
    }

    public static SoGroup ParseGroup(JObject json)
    {
        var group = new SoGroup
        {
            ScimId = (string?)json["id"] ?? string.Empty,
            DisplayName = (string?)json["displayName"] ?? string.Empty,
            ExternalId = (string?)json["externalId"],
        };
        foreach (var member in (json["members"] as JArray)?.OfType<JObject>() ?? Enumerable.Empty<JObject>())
        {
            if ((string?)member["value"] is { Length: > 0 } id)
            {
                group.MemberIds.Add(id);
            }
        }

        return group;
    }

    private static string DefaultDisplayName(UserDraft draft)
    {
        var name = string.Join(" ", new[] { draft.GivenName, draft.Surname }.Where(n => !string.IsNullOrEmpty(n)));
        return name.Length > 0 ? name : draft.UserName;
    }

    private static string? Typed(JToken? values, string? type) =>
        (values as JArray)?.OfType<JObject>()
            .FirstOrDefault(v => type is null || string.Equals((string?)v["type"], type, StringComparison.OrdinalIgnoreCase))?["value"]?.ToString();

    private static bool? ParseBoolean(JToken? token) => token?.Type switch
    {
        JTokenType.Boolean => (bool)token!,
        JTokenType.String => bool.TryParse((string?)token, out var b) ? b : (bool?)null,
        _ => null,
    };

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static void SetIfGiven(JObject target, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            target[name] = value;
        }
    }
}

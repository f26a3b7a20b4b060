using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Scim;

/// <summary>Between the module's user shapes and SCIM resources (RFC 7643 core User, enterprise extension, Group).</summary>
public static class ScimJson
{
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
            FaxNumber = Typed(json["phoneNumbers"], "fax"),
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

    private static string? Typed(JToken? values, string? type) =>
        (values as JArray)?.OfType<JObject>()
            .FirstOrDefault(v => type is null || string.Equals((string?)v["type"], type, StringComparison.OrdinalIgnoreCase))?["value"]?.ToString();

    private static bool? ParseBoolean(JToken? token) => token?.Type switch
    {
        JTokenType.Boolean => (bool)token!,
        JTokenType.String => bool.TryParse((string?)token, out var b) ? b : (bool?)null,
        _ => null,
    };
}

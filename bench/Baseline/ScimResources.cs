using System.Text.Json;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Bench.Input;

namespace SuperOfficeProvisioning.Bench.Baseline;

/// <summary>The SCIM shapes the baseline and the read-back use (RFC 7643 core User with the enterprise extension).</summary>
public static class ScimResources
{
    public const string UserSchema = "urn:ietf:params:scim:schemas:core:2.0:User";
    public const string EnterpriseSchema = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public const string PatchSchema = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    /// <summary>A filter on one attribute; the value is written as a JSON string, as SCIM filters want.</summary>
    public static string EqualsFilter(string attribute, string value) => $"{attribute} eq {JsonSerializer.Serialize(value)}";

    public static JsonObject NewUser(DirectoryUser user) => new()
    {
        ["schemas"] = new JsonArray(UserSchema, EnterpriseSchema),
        ["userName"] = user.UserPrincipalName,
        ["externalId"] = user.Id,
        ["active"] = user.AccountEnabled,
        ["displayName"] = user.DisplayName,
        ["name"] = new JsonObject { ["givenName"] = user.GivenName, ["familyName"] = user.Surname },
        ["title"] = user.JobTitle,
        ["emails"] = new JsonArray(new JsonObject { ["value"] = user.Mail, ["type"] = "work", ["primary"] = true }),
        [EnterpriseSchema] = new JsonObject { ["department"] = user.Department },
    };

    public static JsonObject Patch(IEnumerable<(string Path, JsonNode? Value)> replacements) => new()
    {
        ["schemas"] = new JsonArray(PatchSchema),
        ["Operations"] = new JsonArray(replacements
            .Select(r => (JsonNode)new JsonObject { ["op"] = "replace", ["path"] = r.Path, ["value"] = r.Value })
            .ToArray()),
    };

    /// <summary>A SCIM user read back: the attributes the benchmark's input sets.</summary>
    public static StoredUser Read(JsonElement resource)
    {
        string? Text(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;

        var name = resource.TryGetProperty("name", out var n) ? n : default;
        var enterprise = resource.TryGetProperty(EnterpriseSchema, out var e) ? e : default;
        var email = resource.TryGetProperty("emails", out var emails) && emails.ValueKind == JsonValueKind.Array && emails.GetArrayLength() > 0
            ? Text(emails[0], "value")
            : null;
        return new StoredUser(
            Id: Text(resource, "id") ?? string.Empty,
            UserName: Text(resource, "userName") ?? string.Empty,
            ExternalId: Text(resource, "externalId"),
            GivenName: Text(name, "givenName"),
            Surname: Text(name, "familyName"),
            DisplayName: Text(resource, "displayName"),
            Mail: email,
            Department: Text(enterprise, "department"),
            JobTitle: Text(resource, "title"),
            Active: resource.TryGetProperty("active", out var active) && active.ValueKind == JsonValueKind.True);
    }

    /// <summary>The attributes that differ from the directory's user, as a naive script's replace operations.</summary>
    public static List<(string Path, JsonNode? Value)> Differences(StoredUser stored, DirectoryUser wanted)
    {
        var changes = new List<(string, JsonNode?)>();
        void Compare(string path, string? have, string want)
        {
            if (!string.Equals(have, want, StringComparison.Ordinal))
            {
                changes.Add((path, JsonValue.Create(want)));
            }
        }

        Compare("name.givenName", stored.GivenName, wanted.GivenName);
        Compare("name.familyName", stored.Surname, wanted.Surname);
        Compare("displayName", stored.DisplayName, wanted.DisplayName);
        Compare("title", stored.JobTitle, wanted.JobTitle);
        Compare(EnterpriseSchema + ":department", stored.Department, wanted.Department);
        Compare("emails[type eq \"work\"].value", stored.Mail, wanted.Mail);
        if (stored.Active != wanted.AccountEnabled)
        {
            changes.Add(("active", JsonValue.Create(wanted.AccountEnabled)));
        }

        return changes;
    }
}

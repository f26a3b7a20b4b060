using System.Globalization;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;
using static SuperOfficeProvisioning.Sandbox.Scim.Protocol.ScimValueReader;

namespace SuperOfficeProvisioning.Sandbox.Scim.Model;

/// <summary>
/// Converts between request/response JSON and <see cref="ScimUser"/>. Reading is schema-checked and case-insensitive;
/// attributes the gateway does not store are ignored; <c>id</c> and <c>meta</c> are never read from a client.
/// </summary>
internal static class ScimUserJson
{
    public static ScimUser Read(JsonObject body, bool activeWhenAbsent)
    {
        var enterprise = body.GetIgnoringCase(ScimUrns.EnterpriseUser);
        return new ScimUser
        {
            ExternalId = OptionalString(body.GetIgnoringCase("externalId"), "externalId"),
            UserName = RequiredString(body.GetIgnoringCase("userName"), "userName"),
            Name = ReadName(body.GetIgnoringCase("name")),
            DisplayName = OptionalString(body.GetIgnoringCase("displayName"), "displayName"),
            Title = OptionalString(body.GetIgnoringCase("title"), "title"),
            PreferredLanguage = OptionalString(body.GetIgnoringCase("preferredLanguage"), "preferredLanguage"),
            Active = OptionalBoolean(body.GetIgnoringCase("active"), "active") ?? activeWhenAbsent,
            Emails = ReadTypedValues(body.GetIgnoringCase("emails"), "emails"),
            PhoneNumbers = ReadTypedValues(body.GetIgnoringCase("phoneNumbers"), "phoneNumbers"),
            Enterprise = ReadEnterprise(enterprise),
        };
    }

    public static JsonObject Render(ScimUser user, ScimLocations locations)
    {
        var json = new JsonObject
        {
            ["schemas"] = user.Enterprise is null ? new JsonArray(ScimUrns.User) : new JsonArray(ScimUrns.User, ScimUrns.EnterpriseUser),
            ["id"] = user.Id,
        };
        AddIfSet(json, "externalId", user.ExternalId);
        json["userName"] = user.UserName;
        if (user.Name is { } name)
        {
            var nameJson = new JsonObject();
            AddIfSet(nameJson, "formatted", name.Formatted);
            AddIfSet(nameJson, "familyName", name.FamilyName);
            AddIfSet(nameJson, "givenName", name.GivenName);
            json["name"] = nameJson;
        }

        AddIfSet(json, "displayName", user.DisplayName);
        AddIfSet(json, "title", user.Title);
        AddIfSet(json, "preferredLanguage", user.PreferredLanguage);
        json["active"] = user.Active;
        AddTypedValues(json, "emails", user.Emails);
        AddTypedValues(json, "phoneNumbers", user.PhoneNumbers);
        if (user.Enterprise is { } enterprise)
        {
            var extension = new JsonObject();
            AddIfSet(extension, "employeeNumber", enterprise.EmployeeNumber);
            AddIfSet(extension, "department", enterprise.Department);
            if (enterprise.ManagerId is { } managerId)
            {
                extension["manager"] = new JsonObject { ["value"] = managerId, ["$ref"] = locations.User(managerId) };
            }

            json[ScimUrns.EnterpriseUser] = extension;
        }

        json["meta"] = Meta("User", user.Created, user.LastModified, locations.User(user.Id));
        return json;
    }

    public static JsonObject Meta(string resourceType, DateTimeOffset created, DateTimeOffset lastModified, string location) => new()
    {
        ["resourceType"] = resourceType,
        ["created"] = FormatTime(created),
        ["lastModified"] = FormatTime(lastModified),
        ["location"] = location,
    };

    /// <summary>UTC with a fixed number of digits, so the text sorts in time order.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static ScimName? ReadName(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject name)
        {
            throw ScimException.InvalidValue("'name' must be an object.");
        }

        var result = new ScimName(
            OptionalString(name.GetIgnoringCase("formatted"), "name.formatted"),
            OptionalString(name.GetIgnoringCase("familyName"), "name.familyName"),
            OptionalString(name.GetIgnoringCase("givenName"), "name.givenName"));
        return result is { Formatted: null, FamilyName: null, GivenName: null } ? null : result;
    }

    /// <summary>
    /// Elements without a value are dropped (what a PATCH that removes <c>emails[type eq "work"].value</c> leaves).
    /// When several claim to be primary the last one wins, as RFC 7644 section 3.5.2.1 asks of an added primary value.
    /// </summary>
    private static IReadOnlyList<ScimTypedValue> ReadTypedValues(JsonNode? node, string attribute)
    {
        IEnumerable<JsonNode?> elements = node switch
        {
            null => [],
            JsonArray array => array,
            JsonObject single => new JsonNode?[] { single },
            _ => throw ScimException.InvalidValue($"'{attribute}' must be an array of objects."),
        };

        var values = new List<ScimTypedValue>();
        foreach (var element in elements)
        {
            if (element is not JsonObject item)
            {
                throw ScimException.InvalidValue($"Every element of '{attribute}' must be an object.");
            }

            var value = OptionalString(item.GetIgnoringCase("value"), $"{attribute}.value");
            if (value is null)
            {
                continue;
            }

            var typed = new ScimTypedValue(
                value,
                OptionalString(item.GetIgnoringCase("type"), $"{attribute}.type"),
                OptionalBoolean(item.GetIgnoringCase("primary"), $"{attribute}.primary") ?? false);
            if (!values.Contains(typed))
            {
                values.Add(typed);
            }
        }

        var lastPrimary = values.FindLastIndex(value => value.Primary);
        return values.Select((value, index) => value.Primary && index != lastPrimary ? value with { Primary = false } : value).ToList();
    }

    private static ScimEnterpriseAttributes? ReadEnterprise(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject extension)
        {
            throw ScimException.InvalidValue($"'{ScimUrns.EnterpriseUser}' must be an object.");
        }

        var manager = extension.GetIgnoringCase("manager") switch
        {
            JsonObject managerObject => OptionalString(managerObject.GetIgnoringCase("value"), "manager.value"),
            var other => OptionalString(other, "manager"),
        };
        var result = new ScimEnterpriseAttributes(
            OptionalString(extension.GetIgnoringCase("employeeNumber"), "employeeNumber"),
            OptionalString(extension.GetIgnoringCase("department"), "department"),
            manager);
        return result is { EmployeeNumber: null, Department: null, ManagerId: null } ? null : result;
    }

    private static void AddTypedValues(JsonObject json, string attribute, IReadOnlyList<ScimTypedValue> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        var array = new JsonArray();
        foreach (var value in values)
        {
            var element = new JsonObject { ["value"] = value.Value };
            AddIfSet(element, "type", value.Type);
            element["primary"] = value.Primary;
            array.Add(element);
        }

        json[attribute] = array;
    }

    private static void AddIfSet(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}

using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;
using static SuperOfficeProvisioning.Sandbox.Scim.Protocol.ScimValueReader;

namespace SuperOfficeProvisioning.Sandbox.Scim.Model;

/// <summary>Converts between request/response JSON and <see cref="ScimGroup"/>; members are handled as a list of user ids.</summary>
internal static class ScimGroupJson
{
    public static ScimGroup Read(JsonObject body) => new()
    {
        ExternalId = OptionalString(body.GetIgnoringCase("externalId"), "externalId"),
        DisplayName = RequiredString(body.GetIgnoringCase("displayName"), "displayName"),
    };

    /// <summary>The user ids in a <c>members</c> value (an array of <c>{"value": id}</c>, or one such object); null when absent.</summary>
    public static IReadOnlyList<string>? ReadMemberIds(JsonNode? members)
    {
        if (members is null)
        {
            return null;
        }

        IEnumerable<JsonNode?> elements = members switch
        {
            JsonArray array => array,
            JsonObject single => new JsonNode?[] { single },
            _ => throw ScimException.InvalidValue("'members' must be an array of objects with a 'value'."),
        };

        var ids = new List<string>();
        foreach (var element in elements)
        {
            if (element is not JsonObject member)
            {
                throw ScimException.InvalidValue("Every member must be an object with a 'value'.");
            }

            var type = OptionalString(member.GetIgnoringCase("type"), "members.type");
            if (type is not null && !string.Equals(type, "User", StringComparison.OrdinalIgnoreCase))
            {
                throw ScimException.InvalidValue($"Only users can be members of a group, not '{type}'.");
            }

            ids.Add(RequiredString(member.GetIgnoringCase("value"), "members.value"));
        }

        return ids;
    }

    /// <summary>The group without <c>members</c>; the response writer streams those, as a group may hold 100,000.</summary>
    public static JsonObject Render(ScimGroup group, ScimLocations locations)
    {
        var json = new JsonObject
        {
            ["schemas"] = new JsonArray(ScimUrns.Group),
            ["id"] = group.Id,
        };
        if (group.ExternalId is not null)
        {
            json["externalId"] = group.ExternalId;
        }

        json["displayName"] = group.DisplayName;
        json["meta"] = ScimUserJson.Meta("Group", group.Created, group.LastModified, locations.Group(group.Id));
        return json;
    }

    public static JsonObject RenderMember(GroupMember member, ScimLocations locations) => new()
    {
        ["value"] = member.UserId,
        ["display"] = member.Display,
        ["$ref"] = locations.User(member.UserId),
        ["type"] = "User",
    };
}

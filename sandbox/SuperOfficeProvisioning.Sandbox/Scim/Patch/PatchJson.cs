using System.Text.Json;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;
using SuperOfficeProvisioning.Sandbox.Scim.Schema;

namespace SuperOfficeProvisioning.Sandbox.Scim.Patch;

/// <summary>
/// The edits of a resource's SCIM JSON that <see cref="PatchApplier"/> builds PATCH from: values shaped for an attribute,
/// merges, child objects and arrays made on first use, and one primary element per multi-valued attribute. Names
/// match without regard to case, as SCIM attribute names do.
/// </summary>
internal static class PatchJson
{
    public static JsonObject AsComplexValue(JsonNode? value, ScimAttribute attribute) => value switch
    {
        JsonObject obj => obj,
        JsonValue scalar when attribute.FindSubAttribute("value") is not null => new JsonObject { ["value"] = scalar.DeepClone() },
        _ => throw ScimException.InvalidValue($"The value for '{attribute.Name}' must be an object of its sub-attributes."),
    };

    public static IEnumerable<JsonNode> Elements(JsonNode value, ScimAttribute attribute)
    {
        IEnumerable<JsonNode?> items = value is JsonArray array ? array : new[] { value };
        return items.Select(item => attribute.IsComplex ? AsComplexValue(item, attribute).DeepClone() : item?.DeepClone()
            ?? throw ScimException.InvalidValue($"'{attribute.Name}' cannot hold null values."));
    }

    public static void Merge(JsonObject target, JsonObject values, ScimAttribute attribute)
    {
        foreach (var (key, value) in values)
        {
            var name = attribute.FindSubAttribute(key)?.Name ?? key;
            if (value is null)
            {
                target.RemoveIgnoringCase(name);
            }
            else
            {
                target.SetIgnoringCase(name, value.DeepClone());
            }
        }
    }

    public static void SetOrRemove(JsonObject target, ScimAttribute subAttribute, JsonNode? value)
    {
        if (value is null)
        {
            target.RemoveIgnoringCase(subAttribute.Name);
        }
        else
        {
            target.SetIgnoringCase(subAttribute.Name, value.DeepClone());
        }
    }

    public static void EnforceSinglePrimary(JsonArray array, JsonNode chosen)
    {
        if (chosen is not JsonObject element || !IsTrue(element.GetIgnoringCase("primary")))
        {
            return;
        }

        foreach (var other in array.OfType<JsonObject>().Where(other => !ReferenceEquals(other, element)))
        {
            if (other.FindKeyIgnoringCase("primary") is not null)
            {
                other.SetIgnoringCase("primary", false);
            }
        }
    }

    private static bool IsTrue(JsonNode? node) => node is JsonValue value && value.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => string.Equals(value.GetValue<string>().Trim(), "true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    public static string? ValueOf(JsonNode? element) =>
        (element is JsonObject obj ? obj.GetIgnoringCase("value") : element) is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : element?.ToJsonString();

    public static JsonObject? ChildObject(JsonObject parent, string name, bool create)
    {
        if (parent.GetIgnoringCase(name) is JsonObject existing)
        {
            return existing;
        }

        if (!create)
        {
            return null;
        }

        var created = new JsonObject();
        parent.SetIgnoringCase(name, created);
        return created;
    }

    public static JsonArray ChildArray(JsonObject parent, string name)
    {
        switch (parent.GetIgnoringCase(name))
        {
            case JsonArray existing:
                return existing;
            case JsonObject single:
                // Tolerate a client that sent a single object where an array belongs.
                parent.RemoveIgnoringCase(name);
                var wrapped = new JsonArray(single);
                parent[name] = wrapped;
                return wrapped;
            default:
                var created = new JsonArray();
                parent.SetIgnoringCase(name, created);
                return created;
        }
    }
}

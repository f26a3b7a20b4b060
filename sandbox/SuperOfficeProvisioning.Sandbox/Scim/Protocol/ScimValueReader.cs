using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Sandbox.Scim.Protocol;

/// <summary>Reads typed attribute values from request JSON, answering <c>invalidValue</c> for the wrong type.</summary>
internal static class ScimValueReader
{
    /// <summary>A string, or null when absent, null or blank. Numbers are taken as their text.</summary>
    public static string? OptionalString(JsonNode? node, string attribute)
    {
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value)
        {
            switch (value.GetValueKind())
            {
                case JsonValueKind.String:
                    var text = value.GetValue<string>();
                    return string.IsNullOrWhiteSpace(text) ? null : text;
                case JsonValueKind.Number:
                    return value.ToJsonString();
                case JsonValueKind.Null:
                    return null;
            }
        }

        throw ScimException.InvalidValue($"'{attribute}' must be a string.");
    }

    public static string RequiredString(JsonNode? node, string attribute) =>
        OptionalString(node, attribute) ?? throw ScimException.InvalidValue($"The required attribute '{attribute}' is missing or empty.");

    /// <summary>A boolean, also from the strings "True"/"False" in any case, which Entra sends in PATCH requests.</summary>
    public static bool? OptionalBoolean(JsonNode? node, string attribute)
    {
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value)
        {
            switch (value.GetValueKind())
            {
                case JsonValueKind.True:
                case JsonValueKind.False:
                    return value.GetValue<bool>();
                case JsonValueKind.Null:
                    return null;
                case JsonValueKind.String when bool.TryParse(value.GetValue<string>().Trim(), out var parsed):
                    return parsed;
            }
        }

        throw ScimException.InvalidValue($"'{attribute}' must be true or false.");
    }

    /// <summary>A non-negative integer query or body parameter (startIndex, count, failOnErrors).</summary>
    public static int? OptionalInteger(string? text, string parameter)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw ScimException.InvalidValue($"'{parameter}' must be an integer.");
    }

    public static int? OptionalInteger(JsonNode? node, string parameter) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) => number,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => OptionalInteger(value.GetValue<string>(), parameter),
        _ => throw ScimException.InvalidValue($"'{parameter}' must be an integer."),
    };

    /// <summary>The request's <c>schemas</c> must name the given URN (RFC 7644 section 3.3 and 3.5.2).</summary>
    public static void RequireSchema(JsonObject body, string urn)
    {
        if (body.GetIgnoringCase("schemas") is not JsonArray schemas ||
            !schemas.Any(schema => schema is JsonValue value && value.GetValueKind() == JsonValueKind.String &&
                                   string.Equals(value.GetValue<string>(), urn, StringComparison.OrdinalIgnoreCase)))
        {
            throw ScimException.InvalidSyntax($"The request's 'schemas' must contain \"{urn}\".");
        }
    }
}

using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Sandbox.Scim.Protocol;

/// <summary>SCIM attribute names are case-insensitive (RFC 7643 section 2.1); JSON property names are not.</summary>
internal static class JsonObjectExtensions
{
    public static JsonNode? GetIgnoringCase(this JsonObject obj, string name) =>
        obj.FindKeyIgnoringCase(name) is { } key ? obj[key] : null;

    public static string? FindKeyIgnoringCase(this JsonObject obj, string name)
    {
        if (obj.ContainsKey(name))
        {
            return name;
        }

        foreach (var (key, _) in obj)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return key;
            }
        }

        return null;
    }

    /// <summary>Sets the attribute under its canonical name, replacing any spelling of it in another case.</summary>
    public static void SetIgnoringCase(this JsonObject obj, string canonicalName, JsonNode? value)
    {
        obj.RemoveIgnoringCase(canonicalName);
        obj[canonicalName] = value;
    }

    public static bool RemoveIgnoringCase(this JsonObject obj, string name) =>
        obj.FindKeyIgnoringCase(name) is { } key && obj.Remove(key);
}

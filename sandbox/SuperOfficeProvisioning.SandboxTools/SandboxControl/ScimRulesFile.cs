using System.Text.Json;
using SuperOfficeProvisioning.Sandbox;
using SuperOfficeProvisioning.Sandbox.Scim;

namespace SuperOfficeProvisioning.SandboxTools.SandboxControl;

/// <summary>
/// Reads SCIM rules: a JSON array of rules, or an object whose <c>ScimRules</c> holds one (a sandbox config file),
/// in the sandbox's PascalCase shape.
/// </summary>
internal static class ScimRulesFile
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static List<ScimRule> Load(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && TryGetIgnoringCase(root, nameof(SandboxOptions.ScimRules), out var nested))
            {
                root = nested;
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"'{path}' holds neither an array of SCIM rules nor an object with ScimRules.");
            }

            return root.Deserialize<List<ScimRule>>(JsonOptions) ?? [];
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"'{path}' is not a valid SCIM rules file: {ex.Message}", ex);
        }
    }

    private static bool TryGetIgnoringCase(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}

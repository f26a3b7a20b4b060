using System.Text.Json;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Filtering;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;
using SuperOfficeProvisioning.Sandbox.Scim.Schema;

namespace SuperOfficeProvisioning.Sandbox.Scim.Patch;

/// <summary>One element of a PatchOp request's <c>Operations</c> (RFC 7644 section 3.5.2).</summary>
internal sealed record PatchOperation(PatchOperationKind Kind, string? Path, JsonNode? Value)
{
    /// <summary>Reads a PatchOp body. <c>op</c> is accepted in any case (Entra sends <c>Replace</c>, <c>Add</c>, <c>Remove</c>).</summary>
    public static IReadOnlyList<PatchOperation> ReadRequest(JsonObject body)
    {
        ScimValueReader.RequireSchema(body, ScimUrns.PatchOp);
        if (body.GetIgnoringCase("Operations") is not JsonArray { Count: > 0 } operations)
        {
            throw ScimException.InvalidSyntax("'Operations' must be an array with at least one operation.");
        }

        return operations.Select(Read).ToList();
    }

    /// <summary>Parses a path (or a key of a path-less value) and checks it against the resource's schema.</summary>
    public static AttributePath BindPath(string text, ScimResourceSchema schema)
    {
        try
        {
            return FilterBinder.BindPath(FilterParser.ParsePath(text), schema, ScimException.InvalidPath);
        }
        catch (FilterSyntaxException exception)
        {
            throw ScimException.InvalidPath($"The path \"{text}\" is malformed: {exception.Message}");
        }
    }

    private static PatchOperation Read(JsonNode? node)
    {
        if (node is not JsonObject operation)
        {
            throw ScimException.InvalidSyntax("Every operation must be an object.");
        }

        var kind = ReadKind(operation.GetIgnoringCase("op"));
        var path = operation.GetIgnoringCase("path") switch
        {
            null => null,
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
            _ => throw ScimException.InvalidSyntax("'path' must be a string."),
        };
        var hasValue = operation.FindKeyIgnoringCase("value") is not null;
        if (kind != PatchOperationKind.Remove && !hasValue)
        {
            throw ScimException.InvalidSyntax($"An {kind.ToString().ToLowerInvariant()} operation needs a 'value'.");
        }

        return new PatchOperation(kind, string.IsNullOrWhiteSpace(path) ? null : path.Trim(), operation.GetIgnoringCase("value"));
    }

    private static PatchOperationKind ReadKind(JsonNode? op)
    {
        var text = op is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
        return text?.ToLowerInvariant() switch
        {
            "add" => PatchOperationKind.Add,
            "replace" => PatchOperationKind.Replace,
            "remove" => PatchOperationKind.Remove,
            _ => throw ScimException.InvalidSyntax($"'op' must be add, replace or remove, not '{op?.ToJsonString()}'."),
        };
    }
}

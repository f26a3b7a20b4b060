using System.Text.Json;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;
using static SuperOfficeProvisioning.Sandbox.Scim.Protocol.ScimValueReader;

namespace SuperOfficeProvisioning.Sandbox.Scim.Bulk;

/// <summary>One element of a BulkRequest's <c>Operations</c> (RFC 7644 section 3.7).</summary>
internal sealed record BulkOperation(int Index, string Method, string? BulkId, string Path, JsonObject? Data)
{
    public const string BulkIdPrefix = "bulkId:";

    private static readonly string[] Methods = ["POST", "PUT", "PATCH", "DELETE"];

    public static BulkOperation Read(JsonNode? node, int index)
    {
        if (node is not JsonObject operation)
        {
            throw ScimException.InvalidSyntax($"Operation {index + 1} is not an object.");
        }

        var method = OptionalString(operation.GetIgnoringCase("method"), "method")?.ToUpperInvariant();
        if (method is null || !Methods.Contains(method))
        {
            throw ScimException.InvalidSyntax($"Operation {index + 1}: 'method' must be POST, PUT, PATCH or DELETE.");
        }

        var path = OptionalString(operation.GetIgnoringCase("path"), "path")
            ?? throw ScimException.InvalidSyntax($"Operation {index + 1}: 'path' is required.");
        var bulkId = OptionalString(operation.GetIgnoringCase("bulkId"), "bulkId");
        if (method == "POST" && bulkId is null)
        {
            throw ScimException.InvalidSyntax($"Operation {index + 1}: a POST needs a 'bulkId'.");
        }

        var data = operation.GetIgnoringCase("data");
        if (method != "DELETE" && data is not JsonObject)
        {
            throw ScimException.InvalidSyntax($"Operation {index + 1}: 'data' must be an object for {method}.");
        }

        return new BulkOperation(index, method, bulkId, path, data as JsonObject);
    }

    /// <summary>The bulkIds this operation refers to, in its path and anywhere in its data (<c>"bulkId:qwerty"</c>).</summary>
    public IReadOnlySet<string> References()
    {
        var references = new HashSet<string>(StringComparer.Ordinal);
        Collect(JsonValue.Create(Path));
        Collect(Data);
        return references;

        void Collect(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (_, child) in obj)
                    {
                        Collect(child);
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        Collect(child);
                    }

                    break;
                case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                    var text = value.GetValue<string>();
                    var start = text.IndexOf(BulkIdPrefix, StringComparison.Ordinal);
                    if (start >= 0)
                    {
                        references.Add(text[(start + BulkIdPrefix.Length)..]);
                    }

                    break;
            }
        }
    }

    /// <summary>This operation with every <c>bulkId:x</c> replaced by the id the resource created for x received.</summary>
    public BulkOperation WithReferencesResolved(IReadOnlyDictionary<string, string> createdIds)
    {
        var data = (JsonObject?)Data?.DeepClone();
        ResolveInPlace(data, createdIds);
        return this with { Path = Resolve(Path, createdIds), Data = data };
    }

    private static void ResolveInPlace(JsonNode? node, IReadOnlyDictionary<string, string> createdIds)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(property => property.Key).ToList())
                {
                    if (ResolvedString(obj[key], createdIds) is { } resolved)
                    {
                        obj[key] = resolved;
                    }
                    else
                    {
                        ResolveInPlace(obj[key], createdIds);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (ResolvedString(array[i], createdIds) is { } resolved)
                    {
                        array[i] = resolved;
                    }
                    else
                    {
                        ResolveInPlace(array[i], createdIds);
                    }
                }

                break;
        }
    }

    private static string? ResolvedString(JsonNode? node, IReadOnlyDictionary<string, string> createdIds) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String &&
        value.GetValue<string>() is var text && text.Contains(BulkIdPrefix, StringComparison.Ordinal)
            ? Resolve(text, createdIds)
            : null;

    private static string Resolve(string text, IReadOnlyDictionary<string, string> createdIds)
    {
        var start = text.IndexOf(BulkIdPrefix, StringComparison.Ordinal);
        return start >= 0 && createdIds.TryGetValue(text[(start + BulkIdPrefix.Length)..], out var id) ? text[..start] + id : text;
    }
}

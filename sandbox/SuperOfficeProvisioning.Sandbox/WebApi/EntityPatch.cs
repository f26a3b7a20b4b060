using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Sandbox.WebApi;

/// <summary>
/// The body of a PATCH: a JSON Patch document (RFC 6902: add, replace, remove, test on top-level fields) or a JSON
/// merge patch object (RFC 7396), both of which SuperOffice's WebAPI accepts.
/// </summary>
internal static class EntityPatch
{
    public static IResult? Apply<T>(T entity, JsonNode body, IReadOnlySet<string> serverManaged, Func<T> blank)
        where T : class =>
        body switch
        {
            JsonObject merge => JsonFields.Apply(entity, merge, serverManaged),
            JsonArray operations => ApplyOperations(entity, operations, serverManaged, blank),
            _ => WebApiErrors.Invalid("body", "A PATCH body is a JSON Patch array or a JSON merge patch object."),
        };

    private static IResult? ApplyOperations<T>(T entity, JsonArray operations, IReadOnlySet<string> serverManaged, Func<T> blank)
        where T : class
    {
        foreach (var operation in operations)
        {
            var op = Text(operation?["op"])?.ToLowerInvariant();
            var path = Text(operation?["path"]) ?? "";
            if (path.Length < 2 || path[0] != '/' || path.IndexOf('/', 1) > 0)
            {
                return WebApiErrors.Invalid("path", $"'{path}' is not a top-level field path such as '/Name'.");
            }

            var field = path[1..];
            var error = op switch
            {
                "add" or "replace" => JsonFields.ApplyOne(entity, field, operation!["value"]?.DeepClone(), serverManaged),
                "remove" => JsonFields.ApplyOne(entity, field, JsonFields.Read(blank(), field), serverManaged),
                "test" => JsonNode.DeepEquals(JsonFields.Read(entity, field), operation!["value"])
                    ? null
                    : WebApiErrors.Conflict(field, $"test failed: {field} does not have the expected value."),
                _ => WebApiErrors.Invalid("op", $"'{op}' is not a supported JSON Patch operation (add, replace, remove, test)."),
            };
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}

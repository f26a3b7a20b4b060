using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SuperOfficeProvisioning.Sandbox.Scim.Model;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;
using SuperOfficeProvisioning.Sandbox.Scim.Resources;

namespace SuperOfficeProvisioning.Sandbox.Scim.Bulk;

/// <summary>
/// Runs a BulkRequest (RFC 7644 section 3.7). Operations run in order, except that one referring to a bulkId a later
/// POST defines waits for it; references that can never resolve (unknown, failed, or circular) fail that operation with
/// 409. After <c>failOnErrors</c> errors the remaining operations are skipped. The answer is 200 with a BulkResponse
/// listing every operation that ran, in the order they ran; errors carry the error body in <c>response</c>.
/// </summary>
internal sealed partial class BulkProcessor(ScimUsersEndpoint users, ScimGroupsEndpoint groups, ScimGatewayOptions options)
{
    public ScimResult Process(JsonObject body, ScimLocations locations)
    {
        ScimValueReader.RequireSchema(body, ScimUrns.BulkRequest);
        if (body.GetIgnoringCase("Operations") is not JsonArray requested)
        {
            throw ScimException.InvalidSyntax("'Operations' must be an array.");
        }

        if (requested.Count > options.BulkMaxOperations)
        {
            throw new ScimException(413, null, $"The number of operations exceeds maxOperations ({options.BulkMaxOperations}).");
        }

        var failOnErrors = ScimValueReader.OptionalInteger(body.GetIgnoringCase("failOnErrors"), "failOnErrors") ?? int.MaxValue;
        if (failOnErrors < 1)
        {
            throw ScimException.InvalidValue("'failOnErrors' must be 1 or more.");
        }

        var operations = requested.Select(BulkOperation.Read).ToList();
        var definedBy = new Dictionary<string, BulkOperation>(StringComparer.Ordinal);
        foreach (var operation in operations.Where(operation => operation.BulkId is not null))
        {
            if (!definedBy.TryAdd(operation.BulkId!, operation))
            {
                throw ScimException.InvalidValue($"The bulkId '{operation.BulkId}' is used by more than one operation.");
            }
        }

        return Run(operations, definedBy, failOnErrors, locations);
    }

    private ScimResult Run(List<BulkOperation> operations, Dictionary<string, BulkOperation> definedBy, int failOnErrors, ScimLocations locations)
    {
        var createdIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new List<BulkOperation>(operations);
        var responses = new JsonArray();
        var errors = 0;
        var mutated = false;
        while (pending.Count > 0 && errors < failOnErrors)
        {
            // Run the first operation whose references are all settled; if none is, the rest wait on each other.
            var next = pending.FirstOrDefault(operation => !WaitsForAnother(operation, pending, definedBy));
            var circular = next is null;
            next ??= pending[0];
            pending.Remove(next);

            var unresolved = next.References().FirstOrDefault(reference => !createdIds.ContainsKey(reference));
            var resolved = next.WithReferencesResolved(createdIds);
            var result = unresolved is not null
                ? ScimResult.Error(new ScimException(409, "invalidValue", circular
                    ? $"The bulkId '{unresolved}' cannot be resolved: the operations refer to each other in a circle."
                    : $"The bulkId '{unresolved}' cannot be resolved: no successful POST in this request defines it."))
                : Execute(resolved, locations);

            mutated |= result.Mutated;
            if (result.Status >= 400)
            {
                errors++;
            }
            else if (next is { Method: "POST", BulkId: { } bulkId } && result.Location is { } location)
            {
                createdIds[bulkId] = location[(location.LastIndexOf('/') + 1)..];
            }

            responses.Add(Response(resolved, result, locations));
        }

        var bulkResponse = new JsonObject { ["schemas"] = new JsonArray(ScimUrns.BulkResponse), ["Operations"] = responses };
        return new ScimResult(200, new JsonBody(bulkResponse), Mutated: mutated);
    }

    private static bool WaitsForAnother(BulkOperation operation, List<BulkOperation> pending, Dictionary<string, BulkOperation> definedBy) =>
        operation.References().Any(reference =>
            definedBy.TryGetValue(reference, out var definer) && !ReferenceEquals(definer, operation) && pending.Contains(definer));

    private ScimResult Execute(BulkOperation operation, ScimLocations locations)
    {
        try
        {
            var match = ResourcePath().Match(operation.Path);
            if (!match.Success)
            {
                throw ScimException.InvalidValue($"'{operation.Path}' is not /Users, /Groups or a resource under them.");
            }

            var isUsers = string.Equals(match.Groups["type"].Value, "Users", StringComparison.OrdinalIgnoreCase);
            var id = match.Groups["id"].Success ? Uri.UnescapeDataString(match.Groups["id"].Value) : null;
            var data = operation.Data!;
            var all = AttributeSelection.All;
            return (operation.Method, id) switch
            {
                ("POST", null) => isUsers ? users.Create(data, locations, all) : groups.Create(data, locations, all),
                ("PUT", not null) => isUsers ? users.Replace(id, data, locations, all) : groups.Replace(id, data, locations, all),
                ("PATCH", not null) => isUsers ? users.Patch(id, data, locations, all) : groups.Patch(id, data, locations, all),
                ("DELETE", not null) => isUsers ? users.Delete(id) : groups.Delete(id),
                (_, null) => throw ScimException.InvalidValue($"{operation.Method} needs a resource path such as /Users/{{id}}."),
                _ => throw ScimException.InvalidValue("POST needs a resource type path, /Users or /Groups."),
            };
        }
        catch (ScimException exception)
        {
            return ScimResult.Error(exception);
        }
    }

    private static JsonObject Response(BulkOperation operation, ScimResult result, ScimLocations locations)
    {
        var response = new JsonObject { ["method"] = operation.Method };
        if (operation.BulkId is not null)
        {
            response["bulkId"] = operation.BulkId;
        }

        var location = result.Location ?? (operation.Method == "POST" || result.Status >= 400 ? null : locations.Of(operation.Path));
        if (location is not null)
        {
            response["location"] = location;
        }

        response["status"] = result.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (result.Status >= 400 && result.Body is JsonBody error)
        {
            response["response"] = error.Node.DeepClone();
        }

        return response;
    }

    [GeneratedRegex(@"^/?(?<type>Users|Groups)(/(?<id>[^/]+))?/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResourcePath();
}

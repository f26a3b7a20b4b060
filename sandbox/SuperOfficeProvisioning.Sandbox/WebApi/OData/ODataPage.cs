using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Extensions;
using SuperOfficeProvisioning.Sandbox.Json;

namespace SuperOfficeProvisioning.Sandbox.WebApi.OData;

/// <summary>
/// Answers an archive GET as <c>{"odata.nextLink":…,"value":[…]}</c>. <c>$top</c> is the page size; while rows remain
/// past the page, odata.nextLink is the same request with <c>$skip</c> moved on. Without <c>$top</c> pages hold
/// <see cref="MaxPageSize"/> rows.
/// </summary>
internal static class ODataPage
{
    public const int MaxPageSize = 500;

    public static IResult Create<T>(HttpContext context, IEnumerable<T> entities)
    {
        var (query, error) = ODataQuery.Parse(context.Request.Query, JsonFields.NamesOf<T>());
        if (error is not null)
        {
            return error;
        }

        var rows = entities.Select(entity => JsonSerializer.SerializeToNode(entity, SandboxJson.Options)!.AsObject());
        if (query!.Filter is { } filter)
        {
            rows = rows.Where(filter.Matches);
        }

        var ordered = Order(rows.ToList(), query.OrderBy);
        var pageSize = Math.Min(query.Top ?? MaxPageSize, MaxPageSize);
        var page = ordered.Skip(query.Skip).Take(pageSize).Select(row => Project(row, query.Select)).ToList();
        var nextSkip = query.Skip + pageSize;

        var body = new JsonObject
        {
            ["odata.nextLink"] = nextSkip < ordered.Count ? NextLink(context.Request, nextSkip) : null,
            ["value"] = new JsonArray(page.ToArray<JsonNode?>()),
        };
        return WebApiResults.Json(body);
    }

    private static List<JsonObject> Order(List<JsonObject> rows, IReadOnlyList<(string Field, bool Descending)> orderBy)
    {
        if (orderBy.Count == 0)
        {
            return rows;
        }

        var (first, firstDescending) = orderBy[0];
        var ordered = firstDescending
            ? rows.OrderByDescending(row => row[first], JsonValueComparer.Instance)
            : rows.OrderBy(row => row[first], JsonValueComparer.Instance);
        foreach (var (field, descending) in orderBy.Skip(1))
        {
            ordered = descending
                ? ordered.ThenByDescending(row => row[field], JsonValueComparer.Instance)
                : ordered.ThenBy(row => row[field], JsonValueComparer.Instance);
        }

        return ordered.ToList();
    }

    private static JsonObject Project(JsonObject row, IReadOnlyList<string>? select)
    {
        if (select is null)
        {
            return row;
        }

        var projected = new JsonObject();
        foreach (var field in select.Distinct())
        {
            projected[field] = row[field]?.DeepClone();
        }

        return projected;
    }

    private static string NextLink(HttpRequest request, int skip)
    {
        var parameters = request.Query
            .Where(pair => !pair.Key.Equals("$skip", StringComparison.OrdinalIgnoreCase))
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string?>(pair.Key, value)))
            .Append(new KeyValuePair<string, string?>("$skip", skip.ToString()));
        return UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, QueryString.Create(parameters));
    }
}

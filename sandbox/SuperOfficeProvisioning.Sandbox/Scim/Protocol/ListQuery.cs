using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Filtering;
using SuperOfficeProvisioning.Sandbox.Scim.Schema;
using static SuperOfficeProvisioning.Sandbox.Scim.Protocol.ScimValueReader;

namespace SuperOfficeProvisioning.Sandbox.Scim.Protocol;

/// <summary>
/// A list or search request (RFC 7644 sections 3.4.2 and 3.4.3). <c>startIndex</c> below 1 means 1; <c>count</c>
/// defaults to, and is capped at, the gateway's maxResults (a negative count means 0). <c>sortBy</c> is ignored, as the
/// ServiceProviderConfig says sorting is not supported.
/// </summary>
internal sealed record ListQuery(FilterNode? Filter, int StartIndex, int Count, AttributeSelection Selection)
{
    /// <summary>The RFC 9865 cursor asked with (empty for the first page); null for a page asked by startIndex.</summary>
    public string? Cursor { get; init; }

    public static ListQuery FromQueryString(IQueryCollection query, ScimResourceSchema schema, int maxResults) => Create(
        query["filter"], OptionalInteger(query["startIndex"].ToString(), "startIndex"), OptionalInteger(query["count"].ToString(), "count"),
        query["attributes"], query["excludedAttributes"], schema, maxResults) with { Cursor = query.ContainsKey("cursor") ? query["cursor"].ToString() : null };

    /// <summary>The body of <c>POST /Users/.search</c>; attribute lists are JSON arrays there.</summary>
    public static ListQuery FromSearchRequest(JsonObject body, ScimResourceSchema schema, int maxResults)
    {
        RequireSchema(body, ScimUrns.SearchRequest);
        return Create(
            OptionalString(body.GetIgnoringCase("filter"), "filter"),
            OptionalInteger(body.GetIgnoringCase("startIndex"), "startIndex"),
            OptionalInteger(body.GetIgnoringCase("count"), "count"),
            JoinList(body.GetIgnoringCase("attributes"), "attributes"),
            JoinList(body.GetIgnoringCase("excludedAttributes"), "excludedAttributes"),
            schema,
            maxResults);
    }

    /// <summary>Parses and binds a filter; every problem with it is <c>invalidFilter</c>.</summary>
    public static FilterNode ParseFilter(string text, ScimResourceSchema schema)
    {
        try
        {
            return FilterBinder.BindFilter(FilterParser.ParseFilter(text), schema);
        }
        catch (FilterSyntaxException exception)
        {
            throw ScimException.InvalidFilter($"The filter is malformed: {exception.Message}");
        }
    }

    private static ListQuery Create(
        string? filter, int? startIndex, int? count, string? attributes, string? excludedAttributes, ScimResourceSchema schema, int maxResults) =>
        new(
            string.IsNullOrWhiteSpace(filter) ? null : ParseFilter(filter, schema),
            Math.Max(startIndex ?? 1, 1),
            Math.Clamp(count ?? maxResults, 0, maxResults),
            AttributeSelection.Parse(attributes, excludedAttributes, schema));

    private static string? JoinList(JsonNode? node, string parameter) => node switch
    {
        null => null,
        JsonArray array => string.Join(',', array.Select(item => OptionalString(item, parameter))),
        _ => OptionalString(node, parameter),
    };
}

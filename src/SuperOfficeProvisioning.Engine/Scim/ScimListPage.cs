using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Http;

namespace SuperOfficeProvisioning.Engine.Scim;

/// <summary>
/// One page of a ListResponse (RFC 7644 §3.4.2), checked: totalResults is a whole number, Resources an array
/// (required when totalResults is not zero) of objects that each have an id.
/// </summary>
internal sealed class ScimListPage<T>
{
    private ScimListPage(long totalResults, List<T> items, List<string> ids, long? startIndex, string? nextCursor)
    {
        TotalResults = totalResults;
        Items = items;
        Ids = ids;
        StartIndex = startIndex;
        NextCursor = nextCursor;
    }

    public long TotalResults { get; }

    public List<T> Items { get; }

    /// <summary>The id of each item, in order.</summary>
    public List<string> Ids { get; }

    /// <summary>The startIndex the server says the page begins at, when it says.</summary>
    public long? StartIndex { get; }

    /// <summary>RFC 9865: the cursor of the next page; null on the last.</summary>
    public string? NextCursor { get; }

    public static ScimListPage<T> Read(JToken? json, Func<JObject, T> parse)
    {
        var page = JsonShape.Object(json);
        var total = JsonShape.Count(page["totalResults"], "totalResults");
        var startIndex = page["startIndex"] is { Type: not JTokenType.Null } echoed ? JsonShape.Count(echoed, "startIndex") : (long?)null;
        var nextCursor = JsonShape.OptionalString(page["nextCursor"], "nextCursor");
        var items = new List<T>();
        var ids = new List<string>();
        var resources = page["Resources"];
        if (resources is null || resources.Type == JTokenType.Null)
        {
            return total == 0 ? new ScimListPage<T>(total, items, ids, startIndex, nextCursor) : throw JsonShape.Invalid($"totalResults is {total} but there is no Resources array");
        }

        foreach (var resource in JsonShape.Array(resources, "Resources"))
        {
            var read = ScimResource.Read(resource, "a member of Resources");
            ids.Add((string)read["id"]!);
            items.Add(parse(read));
        }

        return new ScimListPage<T>(total, items, ids, startIndex, nextCursor);
    }
}

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
    private ScimListPage(long totalResults, List<T> items)
    {
        TotalResults = totalResults;
        Items = items;
    }

    public long TotalResults { get; }

    public List<T> Items { get; }

    public static ScimListPage<T> Read(JToken? json, Func<JObject, T> parse)
    {
        var page = JsonShape.Object(json);
        var total = JsonShape.Count(page["totalResults"], "totalResults");
        var items = new List<T>();
        var resources = page["Resources"];
        if (resources is null || resources.Type == JTokenType.Null)
        {
            return total == 0 ? new ScimListPage<T>(total, items) : throw JsonShape.Invalid($"totalResults is {total} but there is no Resources array");
        }

        foreach (var resource in JsonShape.Array(resources, "Resources"))
        {
            items.Add(parse(ScimResource.Read(resource, "a member of Resources")));
        }

        return new ScimListPage<T>(total, items);
    }
}

/// <summary>A single SCIM resource as an answer carries it: a JSON object with a non-empty string id.</summary>
internal static class ScimResource
{
    public static JObject Read(JToken? json, string what = "the body")
    {
        var resource = JsonShape.Object(json, what);
        return string.IsNullOrEmpty(JsonShape.OptionalString(resource["id"], "a resource's id"))
            ? throw JsonShape.Invalid($"{what} is a resource without an id")
            : resource;
    }
}

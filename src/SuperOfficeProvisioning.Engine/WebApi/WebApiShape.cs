using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Http;

namespace SuperOfficeProvisioning.Engine.WebApi;

/// <summary>The shapes of WebAPI answers the module reads: entities, and archive pages of rows.</summary>
internal static class WebApiShape
{
    /// <summary>A JSON object whose <paramref name="idField"/>, when present, is a whole number that fits an int.</summary>
    public static JObject Entity(JToken? json, string idField, string what = "the body")
    {
        var entity = JsonShape.Object(json, what);
        var id = entity[idField];
        if (id is not null && id.Type != JTokenType.Null && JsonShape.Count(id, idField) > int.MaxValue)
        {
            throw JsonShape.Invalid($"{idField} ({id}) is out of range");
        }

        return entity;
    }

    /// <summary>
    /// An archive page: a plain array of rows, or an object with a <c>value</c> array and an optional
    /// <c>odata.nextLink</c>. A page with no rows that still links to a next one would never end, so it is refused.
    /// </summary>
    public static WebApiPage Page(JToken? json, string idField)
    {
        var rows = new List<JObject>();
        string? next = null;
        JArray array;
        if (json is JArray plain)
        {
            array = plain;
        }
        else
        {
            var page = JsonShape.Object(json);
            array = JsonShape.Array(page["value"], "value");
            next = JsonShape.OptionalString(page["odata.nextLink"], "odata.nextLink");
        }

        foreach (var row in array)
        {
            rows.Add(Entity(row, idField, "a row"));
        }

        if (rows.Count == 0 && next is not null)
        {
            throw JsonShape.Invalid("a page without rows links to a next page");
        }

        return new WebApiPage(rows, next);
    }
}

using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Http;

namespace SuperOfficeProvisioning.Engine.Scim;

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

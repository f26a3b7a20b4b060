using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;

namespace SuperOfficeProvisioning.Sandbox.Scim.Filtering;

/// <summary>A resource (or one element of a multi-valued attribute) rendered as SCIM JSON.</summary>
internal sealed class JsonFilterSubject(JsonObject resource) : IFilterSubject
{
    public IEnumerable<JsonNode?> ElementsOf(ResolvedPath path)
    {
        var container = path.Extension is null ? resource : resource.GetIgnoringCase(path.Extension.Id) as JsonObject;
        var node = path.Attribute is null ? null : container?.GetIgnoringCase(path.Attribute.Name);
        return node switch
        {
            null => [],
            JsonArray array => array,
            _ => new[] { node },
        };
    }
}

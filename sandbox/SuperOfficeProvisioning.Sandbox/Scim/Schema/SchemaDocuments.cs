using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Model;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;

namespace SuperOfficeProvisioning.Sandbox.Scim.Schema;

/// <summary>Renders the schema and resource type resources of RFC 7643 sections 6 and 7 from the attribute definitions.</summary>
internal static class SchemaDocuments
{
    public static JsonObject Schema(ScimSchemaDefinition schema, ScimLocations locations) => new()
    {
        ["schemas"] = new JsonArray(ScimUrns.Schema),
        ["id"] = schema.Id,
        ["name"] = schema.Name,
        ["description"] = schema.Description,
        ["attributes"] = new JsonArray(schema.Attributes.Select(Attribute).ToArray<JsonNode?>()),
        ["meta"] = new JsonObject
        {
            ["resourceType"] = "Schema",
            ["location"] = locations.Of($"/Schemas/{schema.Id}"),
        },
    };

    public static JsonObject ResourceType(ScimResourceSchema resourceType, ScimLocations locations) => new()
    {
        ["schemas"] = new JsonArray(ScimUrns.ResourceType),
        ["id"] = resourceType.Name,
        ["name"] = resourceType.Name,
        ["endpoint"] = resourceType.Endpoint,
        ["description"] = resourceType.Core.Description,
        ["schema"] = resourceType.Core.Id,
        ["schemaExtensions"] = new JsonArray(resourceType.Extensions
            .Select(extension => new JsonObject { ["schema"] = extension.Id, ["required"] = false })
            .ToArray<JsonNode?>()),
        ["meta"] = new JsonObject
        {
            ["resourceType"] = "ResourceType",
            ["location"] = locations.Of($"/ResourceTypes/{resourceType.Name}"),
        },
    };

    private static JsonObject Attribute(ScimAttribute attribute)
    {
        var json = new JsonObject
        {
            ["name"] = attribute.Name,
            ["type"] = attribute.Type switch
            {
                ScimAttributeType.DateTime => "dateTime",
                var type => type.ToString().ToLowerInvariant(),
            },
            ["multiValued"] = attribute.MultiValued,
            ["description"] = attribute.Description,
            ["required"] = attribute.Required,
            ["caseExact"] = attribute.CaseExact,
            ["mutability"] = attribute.Mutability switch
            {
                ScimMutability.ReadOnly => "readOnly",
                ScimMutability.Immutable => "immutable",
                _ => "readWrite",
            },
            ["returned"] = attribute.Returned,
            ["uniqueness"] = attribute.Uniqueness,
        };
        if (attribute.CanonicalValues.Count > 0)
        {
            json["canonicalValues"] = new JsonArray(attribute.CanonicalValues.Select(value => (JsonNode?)value).ToArray());
        }

        if (attribute.ReferenceTypes.Count > 0)
        {
            json["referenceTypes"] = new JsonArray(attribute.ReferenceTypes.Select(value => (JsonNode?)value).ToArray());
        }

        if (attribute.SubAttributes.Count > 0)
        {
            json["subAttributes"] = new JsonArray(attribute.SubAttributes.Select(Attribute).ToArray<JsonNode?>());
        }

        return json;
    }
}

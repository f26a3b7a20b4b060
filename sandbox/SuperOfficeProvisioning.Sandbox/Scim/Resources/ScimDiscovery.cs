using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Model;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;
using SuperOfficeProvisioning.Sandbox.Scim.Schema;

namespace SuperOfficeProvisioning.Sandbox.Scim.Resources;

/// <summary>The discovery endpoints of RFC 7644 section 4: ServiceProviderConfig, Schemas and ResourceTypes.</summary>
internal sealed class ScimDiscovery(ScimGatewayOptions options)
{
    public ScimResult ServiceProviderConfig(ScimLocations locations) => new(200, new JsonBody(new JsonObject
    {
        ["schemas"] = new JsonArray(ScimUrns.ServiceProviderConfig),
        ["patch"] = Supported(true),
        ["bulk"] = new JsonObject
        {
            ["supported"] = options.BulkEnabled,
            ["maxOperations"] = options.BulkEnabled ? options.BulkMaxOperations : 0,
            ["maxPayloadSize"] = options.BulkEnabled ? options.BulkMaxPayloadSize : 0,
        },
        ["filter"] = new JsonObject { ["supported"] = true, ["maxResults"] = options.FilterMaxResults },
        // RFC 9865 section 4: which pagination methods the server offers.
        ["pagination"] = new JsonObject
        {
            ["cursor"] = options.CursorPaging,
            ["index"] = true,
            ["defaultPaginationMethod"] = "index",
            ["defaultPageSize"] = options.FilterMaxResults,
            ["maxPageSize"] = options.FilterMaxResults,
            ["cursorTimeout"] = 3600,
        },
        ["changePassword"] = Supported(false),
        ["sort"] = Supported(false),
        ["etag"] = Supported(false),
        ["authenticationSchemes"] = new JsonArray(new JsonObject
        {
            ["type"] = "oauthbearertoken",
            ["name"] = "OAuth Bearer Token",
            ["description"] = "The gateway's secret token, sent as 'Authorization: Bearer {token}'.",
            ["specUri"] = "https://www.rfc-editor.org/info/rfc6750",
            ["primary"] = true,
        }),
        ["meta"] = new JsonObject
        {
            ["resourceType"] = "ServiceProviderConfig",
            ["location"] = locations.Of("/ServiceProviderConfig"),
        },
    }));

    public ScimResult Schemas(ScimLocations locations) =>
        List(ScimSchemas.All.Select(schema => SchemaDocuments.Schema(schema, locations)).ToList());

    public ScimResult Schema(string id, ScimLocations locations)
    {
        var schema = ScimSchemas.All.FirstOrDefault(candidate => string.Equals(candidate.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? throw ScimException.NotFound($"Schema '{id}' not found.");
        return new ScimResult(200, new JsonBody(SchemaDocuments.Schema(schema, locations)));
    }

    public ScimResult ResourceTypes(ScimLocations locations) =>
        List(ScimSchemas.ResourceTypes.Select(type => SchemaDocuments.ResourceType(type, locations)).ToList());

    public ScimResult ResourceType(string name, ScimLocations locations)
    {
        var type = ScimSchemas.ResourceTypes.FirstOrDefault(candidate => string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw ScimException.NotFound($"Resource type '{name}' not found.");
        return new ScimResult(200, new JsonBody(SchemaDocuments.ResourceType(type, locations)));
    }

    private static ScimResult List(IReadOnlyList<JsonObject> resources) =>
        new(200, new ListBody(resources.Count, 1, resources.Select(resource => (IScimBody)new JsonBody(resource)).ToList()));

    private static JsonObject Supported(bool supported) => new() { ["supported"] = supported };
}

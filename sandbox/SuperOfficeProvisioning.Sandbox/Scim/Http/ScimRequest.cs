using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Model;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;
using SuperOfficeProvisioning.Sandbox.Scim.Schema;

namespace SuperOfficeProvisioning.Sandbox.Scim.Http;

/// <summary>An authorised request to the gateway, with the pieces the SCIM operations take from it.</summary>
internal sealed class ScimRequest(HttpContext context, ScimLocations locations)
{
    private JsonObject? _body;

    public ScimLocations Locations { get; } = locations;

    public string Id => context.Request.RouteValues["id"]?.ToString() ?? "";

    public JsonObject Body => _body ?? throw new InvalidOperationException("The route does not read a body.");

    public async Task ReadBodyAsync(int? maxBytes) =>
        _body = await ScimHttp.ReadObjectAsync(context.Request, maxBytes, context.RequestAborted);

    public AttributeSelection Selection(ScimResourceSchema schema) =>
        AttributeSelection.Parse(context.Request.Query["attributes"], context.Request.Query["excludedAttributes"], schema);

    public ListQuery Query(ScimResourceSchema schema, int maxResults) =>
        ListQuery.FromQueryString(context.Request.Query, schema, maxResults);
}

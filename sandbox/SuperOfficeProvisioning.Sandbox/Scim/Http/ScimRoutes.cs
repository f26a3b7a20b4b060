using System.Security.Cryptography;
using System.Text;
using SuperOfficeProvisioning.Sandbox.Scim.Bulk;
using SuperOfficeProvisioning.Sandbox.Scim.Model;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;
using SuperOfficeProvisioning.Sandbox.Scim.Resources;
using SuperOfficeProvisioning.Sandbox.Scim.Schema;

namespace SuperOfficeProvisioning.Sandbox.Scim.Http;

/// <summary>
/// Maps the gateway's HTTP routes. Every route, discovery included, requires the bearer token; errors are written in
/// the RFC 7644 section 3.12 shape; unknown paths under the base path answer a SCIM 404.
/// </summary>
internal sealed class ScimRoutes(
    ScimGatewayOptions options,
    ScimUsersEndpoint users,
    ScimGroupsEndpoint groups,
    ScimDiscovery discovery,
    BulkProcessor bulk,
    Action<HttpContext> onMutated)
{
    public void Map(IEndpointRouteBuilder routes, string basePath)
    {
        var prefix = "/" + basePath.Trim('/');
        var scim = routes.MapGroup(prefix);
        var userSchema = ScimSchemas.UserResource;
        var groupSchema = ScimSchemas.GroupResource;
        var maxResults = options.FilterMaxResults;

        void Get(string pattern, Func<ScimRequest, ScimResult> handle) =>
            Map(scim, prefix, "GET", pattern, handle, readsBody: false);
        void Delete(string pattern, Func<ScimRequest, ScimResult> handle) =>
            Map(scim, prefix, "DELETE", pattern, handle, readsBody: false);
        void Send(string method, string pattern, Func<ScimRequest, ScimResult> handle) =>
            Map(scim, prefix, method, pattern, handle, readsBody: true);

        Get("/ServiceProviderConfig", request => discovery.ServiceProviderConfig(request.Locations));
        Get("/Schemas", request => discovery.Schemas(request.Locations));
        Get("/Schemas/{id}", request => discovery.Schema(request.Id, request.Locations));
        Get("/ResourceTypes", request => discovery.ResourceTypes(request.Locations));
        Get("/ResourceTypes/{id}", request => discovery.ResourceType(request.Id, request.Locations));

        Get("/Users", request => users.List(request.Query(userSchema, maxResults), request.Locations));
        Send("POST", "/Users", request => users.Create(request.Body, request.Locations, request.Selection(userSchema)));
        Send("POST", "/Users/.search", request => users.List(request.Body, request.Locations));
        Get("/Users/{id}", request => users.Get(request.Id, request.Locations, request.Selection(userSchema)));
        Send("PUT", "/Users/{id}", request => users.Replace(request.Id, request.Body, request.Locations, request.Selection(userSchema)));
        Send("PATCH", "/Users/{id}", request => users.Patch(request.Id, request.Body, request.Locations, request.Selection(userSchema)));
        Delete("/Users/{id}", request => users.Delete(request.Id));

        Get("/Groups", request => groups.List(request.Query(groupSchema, maxResults), request.Locations));
        Send("POST", "/Groups", request => groups.Create(request.Body, request.Locations, request.Selection(groupSchema)));
        Send("POST", "/Groups/.search", request => groups.List(request.Body, request.Locations));
        Get("/Groups/{id}", request => groups.Get(request.Id, request.Locations, request.Selection(groupSchema)));
        Send("PUT", "/Groups/{id}", request => groups.Replace(request.Id, request.Body, request.Locations, request.Selection(groupSchema)));
        Send("PATCH", "/Groups/{id}", request => groups.Patch(request.Id, request.Body, request.Locations, request.Selection(groupSchema)));
        Delete("/Groups/{id}", request => groups.Delete(request.Id));

        MapAsync(scim, prefix, ["POST"], "/Bulk", BulkAsync);
        MapAsync(scim, prefix, null, "/{**path}", _ => throw ScimException.NotFound("The gateway has no such endpoint."));
    }

    /// <summary>RFC 7644 section 3.12: 501 Not Implemented for an operation the provider does not support.</summary>
    private async Task<ScimResult> BulkAsync(ScimRequest request)
    {
        if (!options.BulkEnabled)
        {
            throw new ScimException(501, null, "Bulk operations are not enabled on this gateway (ServiceProviderConfig bulk.supported is false).");
        }

        await request.ReadBodyAsync(options.BulkMaxPayloadSize);
        return bulk.Process(request.Body, request.Locations);
    }

    private void Map(RouteGroupBuilder group, string prefix, string method, string pattern, Func<ScimRequest, ScimResult> handle, bool readsBody) =>
        MapAsync(group, prefix, [method], pattern, async request =>
        {
            if (readsBody)
            {
                await request.ReadBodyAsync(maxBytes: null);
            }

            return handle(request);
        });

    private void MapAsync(RouteGroupBuilder group, string prefix, string[]? methods, string pattern, Func<ScimRequest, Task<ScimResult>> handle)
    {
        RequestDelegate handler = context => HandleAsync(context, prefix, handle);
        if (methods is null)
        {
            group.Map(pattern, handler);
        }
        else
        {
            group.MapMethods(pattern, methods, handler);
        }
    }

    private async Task HandleAsync(HttpContext context, string prefix, Func<ScimRequest, Task<ScimResult>> handle)
    {
        var request = context.Request;
        var locations = new ScimLocations($"{request.Scheme}://{request.Host}{request.PathBase}{prefix}");
        ScimResult result;
        if (!IsAuthorized(request))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"SCIM\"";
            var error = ScimErrors.Body(401, null, "Authorization failure: the bearer token is missing or not valid.");
            result = new ScimResult(401, new JsonBody(error));
        }
        else
        {
            try
            {
                result = await handle(new ScimRequest(context, locations));
            }
            catch (ScimException exception)
            {
                result = ScimResult.Error(exception);
            }
        }

        if (result.Mutated)
        {
            onMutated(context);
        }

        await ScimHttp.WriteAsync(context.Response, ServerHabits.Apply(result, request, options));
    }

    private bool IsAuthorized(HttpRequest request)
    {
        const string scheme = "Bearer ";
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) &&
               CryptographicOperations.FixedTimeEquals(
                   Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()), Encoding.UTF8.GetBytes(options.SecretToken));
    }
}

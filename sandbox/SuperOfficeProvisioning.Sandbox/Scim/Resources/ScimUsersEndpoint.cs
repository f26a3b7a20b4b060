using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Model;
using SuperOfficeProvisioning.Sandbox.Scim.Patch;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;
using SuperOfficeProvisioning.Sandbox.Scim.Schema;
using SuperOfficeProvisioning.Sandbox.Scim.Store;

namespace SuperOfficeProvisioning.Sandbox.Scim.Resources;

/// <summary>The operations of <c>/Users</c> (RFC 7644 section 3), shared by the HTTP routes and <c>/Bulk</c>.</summary>
internal sealed class ScimUsersEndpoint(ScimStore store, ScimGatewayOptions options)
{
    public ScimResult Create(JsonObject body, ScimLocations locations, AttributeSelection selection)
    {
        ScimValueReader.RequireSchema(body, ScimUrns.User);
        var entry = store.CreateUser(ScimUserJson.Read(body, activeWhenAbsent: true));
        return new ScimResult(201, Render(entry, locations, selection), locations.User(entry.User.Id), Mutated: true);
    }

    public ScimResult Get(string id, ScimLocations locations, AttributeSelection selection)
    {
        var entry = store.FindUser(id) ?? throw NotFound(id);
        return new ScimResult(200, Render(entry, locations, selection), locations.User(id));
    }

    public ScimResult List(ListQuery query, ScimLocations locations)
    {
        FilterSupport.Check(query.Filter, options, groups: false);
        var body = ListPaging.Answer(query, options, (start, count) => store.QueryUsers(query.Filter, start, count, locations), entry => Render(entry, locations, query.Selection));
        return new ScimResult(200, body);
    }

    /// <summary>PUT replaces every attribute; one left out is cleared, except <c>active</c>, which then keeps its value.</summary>
    public ScimResult Replace(string id, JsonObject body, ScimLocations locations, AttributeSelection selection)
    {
        ScimValueReader.RequireSchema(body, ScimUrns.User);
        EnsureSameId(body, id);
        var (entry, changed) = store.UpdateUser(id, current => ScimUserJson.Read(body, activeWhenAbsent: current.Active));
        return new ScimResult(200, Render(entry, locations, selection), locations.User(id), changed);
    }

    public ScimResult Patch(string id, JsonObject body, ScimLocations locations, AttributeSelection selection)
    {
        var operations = PatchOperation.ReadRequest(body);
        var (entry, changed) = store.UpdateUser(id, current =>
        {
            var json = ScimUserJson.Render(current, locations);
            foreach (var operation in operations)
            {
                PatchApplier.Apply(json, operation, ScimSchemas.UserResource);
            }

            return ScimUserJson.Read(json, activeWhenAbsent: current.Active);
        });
        return new ScimResult(200, Render(entry, locations, selection), locations.User(id), changed);
    }

    public ScimResult Delete(string id)
    {
        store.DeleteUser(id);
        return new ScimResult(204, Mutated: true);
    }

    public ScimResult List(JsonObject searchRequest, ScimLocations locations) =>
        List(ListQuery.FromSearchRequest(searchRequest, ScimSchemas.UserResource, options.FilterMaxResults), locations);

    internal static void EnsureSameId(JsonObject body, string id)
    {
        if (ScimValueReader.OptionalString(body.GetIgnoringCase("id"), "id") is { } bodyId && bodyId != id)
        {
            throw ScimException.Mutability($"'id' is read-only; the body names '{bodyId}' but the URL names '{id}'.");
        }
    }

    private static JsonBody Render(UserEntry entry, ScimLocations locations, AttributeSelection selection) =>
        new(selection.Apply(ScimUserJson.Render(entry.User, locations)));

    private static ScimException NotFound(string id) => ScimException.NotFound($"User '{id}' not found.");
}

using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Model;
using SuperOfficeProvisioning.Sandbox.Scim.Patch;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;
using SuperOfficeProvisioning.Sandbox.Scim.Schema;
using SuperOfficeProvisioning.Sandbox.Scim.Store;

namespace SuperOfficeProvisioning.Sandbox.Scim.Resources;

/// <summary>The operations of <c>/Groups</c> (RFC 7644 section 3), shared by the HTTP routes and <c>/Bulk</c>.</summary>
internal sealed class ScimGroupsEndpoint(ScimStore store, ScimGatewayOptions options)
{
    public ScimResult Create(JsonObject body, ScimLocations locations, AttributeSelection selection)
    {
        ScimValueReader.RequireSchema(body, ScimUrns.Group);
        var group = ScimGroupJson.Read(body);
        var members = ScimGroupJson.ReadMemberIds(body.GetIgnoringCase("members")) ?? [];
        var snapshot = store.CreateGroup(group, members, selection.IncludesMembers);
        return new ScimResult(201, Render(snapshot, locations, selection), locations.Group(snapshot.Group.Id), Mutated: true);
    }

    public ScimResult Get(string id, ScimLocations locations, AttributeSelection selection)
    {
        var snapshot = store.FindGroup(id, selection.IncludesMembers) ?? throw ScimException.NotFound($"Group '{id}' not found.");
        return new ScimResult(200, Render(snapshot, locations, selection), locations.Group(id));
    }

    public ScimResult List(ListQuery query, ScimLocations locations)
    {
        FilterSupport.Check(query.Filter, options, groups: true);
        var body = ListPaging.Answer(query, options, (start, count) => store.QueryGroups(query.Filter, start, count, query.Selection.IncludesMembers, locations),
            snapshot => Render(snapshot, locations, query.Selection));
        return new ScimResult(200, body);
    }

    public ScimResult List(JsonObject searchRequest, ScimLocations locations) =>
        List(ListQuery.FromSearchRequest(searchRequest, ScimSchemas.GroupResource, options.FilterMaxResults), locations);

    /// <summary>PUT replaces the attributes and the whole member list (no <c>members</c> means none).</summary>
    public ScimResult Replace(string id, JsonObject body, ScimLocations locations, AttributeSelection selection)
    {
        ScimValueReader.RequireSchema(body, ScimUrns.Group);
        ScimUsersEndpoint.EnsureSameId(body, id);
        var group = ScimGroupJson.Read(body);
        var members = ScimGroupJson.ReadMemberIds(body.GetIgnoringCase("members")) ?? [];
        var (snapshot, changed) = store.UpdateGroup(
            id, _ => new GroupUpdate(group, [new MemberChange(PatchOperationKind.Replace, members, null)]), selection.IncludesMembers);
        return new ScimResult(200, Render(snapshot, locations, selection), locations.Group(id), changed);
    }

    /// <summary>
    /// Answers 204 No Content, as Entra expects, unless the request asks for attributes (<c>attributes</c> or
    /// <c>excludedAttributes</c>); then 200 with the group, as RFC 7644 section 3.5.2 allows either.
    /// </summary>
    public ScimResult Patch(string id, JsonObject body, ScimLocations locations, AttributeSelection selection)
    {
        var operations = PatchOperation.ReadRequest(body);
        var wantsBody = !selection.IsDefault;
        var (snapshot, changed) = store.UpdateGroup(
            id,
            current =>
            {
                var json = ScimGroupJson.Render(current, locations);
                var memberChanges = GroupPatchPlanner.Apply(json, operations);
                return new GroupUpdate(ScimGroupJson.Read(json), memberChanges);
            },
            includeMembers: wantsBody && selection.IncludesMembers);
        return wantsBody
            ? new ScimResult(200, Render(snapshot, locations, selection), locations.Group(id), changed)
            : new ScimResult(204, Location: locations.Group(id), Mutated: changed);
    }

    public ScimResult Delete(string id)
    {
        store.DeleteGroup(id);
        return new ScimResult(204, Mutated: true);
    }

    private static GroupBody Render(GroupSnapshot snapshot, ScimLocations locations, AttributeSelection selection) =>
        new(selection.Apply(ScimGroupJson.Render(snapshot.Group, locations)), snapshot.Members, locations);
}

using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Filtering;
using SuperOfficeProvisioning.Sandbox.Scim.Model;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;
using SuperOfficeProvisioning.Sandbox.Scim.Schema;

namespace SuperOfficeProvisioning.Sandbox.Scim.Patch;

/// <summary>
/// Splits a group PATCH: operations on <c>members</c> become <see cref="MemberChange"/>s for the store's member set
/// (a group can hold 100,000 members, too many to round-trip through JSON), everything else is applied to the
/// group's JSON. Supported member forms: add/replace/remove with path <c>members</c> and a value list, remove with
/// <c>members[value eq "id"]</c> (any filter on the member's value, display or type), remove <c>members</c> without a
/// value (all), and a path-less value object with a <c>members</c> key.
/// </summary>
internal static class GroupPatchPlanner
{
    public static IReadOnlyList<MemberChange> Apply(JsonObject groupJson, IReadOnlyList<PatchOperation> operations)
    {
        var schema = ScimSchemas.GroupResource;
        var changes = new List<MemberChange>();
        foreach (var operation in operations)
        {
            if (operation.Path is null)
            {
                if (operation.Value is JsonObject attributes && attributes.FindKeyIgnoringCase("members") is { } membersKey &&
                    operation.Kind != PatchOperationKind.Remove)
                {
                    changes.Add(new MemberChange(operation.Kind, ScimGroupJson.ReadMemberIds(attributes[membersKey]) ?? [], null));
                    var others = (JsonObject)attributes.DeepClone();
                    others.Remove(membersKey);
                    PatchApplier.Apply(groupJson, operation with { Value = others }, schema);
                }
                else
                {
                    PatchApplier.Apply(groupJson, operation, schema);
                }

                continue;
            }

            var path = PatchOperation.BindPath(operation.Path, schema);
            if (path.Bound.Attribute is { Name: "members" })
            {
                changes.Add(ToMemberChange(operation, path.Bound));
            }
            else
            {
                PatchApplier.Apply(groupJson, operation, schema);
            }
        }

        return changes;
    }

    private static MemberChange ToMemberChange(PatchOperation operation, ResolvedPath target)
    {
        if (target.SubAttribute is not null)
        {
            throw ScimException.InvalidPath("A member's attributes cannot be changed; add or remove the member instead.");
        }

        if (target.ElementFilter is not null)
        {
            return operation.Kind == PatchOperationKind.Remove
                ? new MemberChange(PatchOperationKind.Remove, null, target.ElementFilter)
                : throw ScimException.InvalidPath("A filter on 'members' is supported only in remove operations.");
        }

        var ids = ScimGroupJson.ReadMemberIds(operation.Value);
        return operation.Kind == PatchOperationKind.Remove
            ? new MemberChange(PatchOperationKind.Remove, ids, null)
            : new MemberChange(operation.Kind, ids ?? [], null);
    }
}

using SuperOfficeProvisioning.Sandbox.Scim.Model;

namespace SuperOfficeProvisioning.Sandbox.Scim.Store;

/// <summary>What a PUT or PATCH of a group changes: its attributes and its members.</summary>
internal sealed record GroupUpdate(ScimGroup Attributes, IReadOnlyList<Patch.MemberChange> MemberChanges);

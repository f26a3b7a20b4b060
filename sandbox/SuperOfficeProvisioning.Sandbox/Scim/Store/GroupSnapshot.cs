using SuperOfficeProvisioning.Sandbox.Scim.Model;

namespace SuperOfficeProvisioning.Sandbox.Scim.Store;

/// <summary>A group as read at one moment; <see cref="Members"/> is null when the caller did not ask for them.</summary>
internal sealed record GroupSnapshot(ScimGroup Group, IReadOnlyList<GroupMember>? Members);

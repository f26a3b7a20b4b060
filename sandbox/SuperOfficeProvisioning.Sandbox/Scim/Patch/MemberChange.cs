using SuperOfficeProvisioning.Sandbox.Scim.Filtering;

namespace SuperOfficeProvisioning.Sandbox.Scim.Patch;

/// <summary>
/// A change to a group's member set. <see cref="UserIds"/> and <see cref="Filter"/> both null on a remove means
/// "remove every member" (RFC 7644 section 3.5.2.2).
/// </summary>
internal sealed record MemberChange(PatchOperationKind Kind, IReadOnlyList<string>? UserIds, FilterNode? Filter);

namespace SuperOfficeProvisioning.Sandbox.WebApi.Users;

/// <summary>
/// A user as the read-only <c>/User</c> archive shows it. Role, user groups and licence owners are given by name
/// (SuperOffice nests small entities there), which keeps them filterable.
/// </summary>
internal sealed record UserEntity(
    int AssociateId,
    string Name,
    string UserName,
    UserPerson Person,
    string? Role,
    string? UserGroup,
    IReadOnlyList<string> OtherGroups,
    IReadOnlyList<string> LicenseOwners,
    bool Deleted,
    string Type);

namespace SuperOfficeProvisioning.Sandbox;

/// <summary>
/// A SuperOffice user as the SCIM gateway's rules leave it; the WebAPI <c>User</c> archive shows these.
/// </summary>
public sealed record SuperOfficeUserProjection(
    int AssociateId,
    string UserName,
    string Name,
    string? Email,
    bool Active,
    bool Deleted,
    string? Role,
    string? UserGroup,
    IReadOnlyList<string> OtherGroups,
    IReadOnlyList<string> LicenseOwners,
    string? OwnerCompany,
    bool Confidential);

using SuperOfficeProvisioning.Sandbox.SuperId;

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

/// <summary>The person a user is.</summary>
internal sealed record UserPerson(string FullName, string? Email);

/// <summary>The tenant's users: the administrator plus every user the SCIM gateway provisioned.</summary>
internal sealed class UserArchive(ISuperOfficeUserSource provisioned, TenantAdministrator administrator)
{
    private UserEntity Administrator => new(
        TenantAdministrator.AssociateId, administrator.Name, administrator.UserName,
        new UserPerson(administrator.Name, administrator.Email), "Administrator", "Administration", [], ["SuperOffice"],
        Deleted: false, "InternalAssociate");

    // The system user signs in with tickets; like in SuperOffice it is not listed among the users.
    private static UserEntity SystemUser => new(
        TenantAdministrator.SystemUserAssociateId, "System User", "SystemUser", new UserPerson("System User", null),
        null, null, [], [], Deleted: false, "SystemAssociate");

    public IReadOnlyList<UserEntity> All() =>
        [Administrator, .. provisioned.GetSuperOfficeUsers().Select(FromProjection).OrderBy(user => user.AssociateId)];

    public UserEntity? Find(int associateId) => All().FirstOrDefault(user => user.AssociateId == associateId);

    public UserEntity? Principal(Caller caller) =>
        caller.Kind == CallerKind.SystemUser ? SystemUser : Find(caller.AssociateId);

    private static UserEntity FromProjection(SuperOfficeUserProjection user) => new(
        user.AssociateId, user.Name, user.UserName, new UserPerson(user.Name, user.Email), user.Role, user.UserGroup,
        user.OtherGroups, user.LicenseOwners, user.Deleted, "InternalAssociate");
}

using SuperOfficeProvisioning.Sandbox.SuperId;

namespace SuperOfficeProvisioning.Sandbox.WebApi.Users;

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

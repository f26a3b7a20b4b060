namespace SuperOfficeProvisioning.Sandbox.SuperId;

/// <summary>
/// The tenant administrator SuperID signs in without a login page, and the application's system user.
/// Their associate ids sit below the range the SCIM gateway gives provisioned users.
/// </summary>
internal sealed class TenantAdministrator(string userName)
{
    public const int AssociateId = 1;
    public const int SystemUserAssociateId = 2;

    public string UserName { get; } = userName;

    public string Name => "Sandbox Administrator";

    public string? Email => UserName.Contains('@') ? UserName : null;

    /// <summary>The stable SuperID subject of the administrator.</summary>
    public string Subject { get; } = Guid.NewGuid().ToString();
}

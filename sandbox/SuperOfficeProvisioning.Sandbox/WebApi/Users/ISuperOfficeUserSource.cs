namespace SuperOfficeProvisioning.Sandbox.WebApi.Users;

/// <summary>Where the User archive's provisioned users come from: the SCIM gateway, after its rules.</summary>
internal interface ISuperOfficeUserSource
{
    IReadOnlyList<SuperOfficeUserProjection> GetSuperOfficeUsers();
}

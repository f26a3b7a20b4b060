using SuperOfficeProvisioning.Sandbox.Scim;
using SuperOfficeProvisioning.Sandbox.WebApi.Users;

namespace SuperOfficeProvisioning.Sandbox.Hosting;

/// <summary>The SCIM gateway's users, as the source of the WebAPI User archive.</summary>
internal sealed class ScimGatewayUsers(ScimGateway gateway) : ISuperOfficeUserSource
{
    public IReadOnlyList<SuperOfficeUserProjection> GetSuperOfficeUsers() => gateway.GetSuperOfficeUsers();
}

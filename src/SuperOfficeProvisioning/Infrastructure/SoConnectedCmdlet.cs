using System.Management.Automation;
using SuperOfficeProvisioning.Engine.Connections;

namespace SuperOfficeProvisioning.Infrastructure;

/// <summary>A cmdlet that talks to a tenant: <c>-Connection</c>, defaulting to the runspace's current one.</summary>
public abstract class SoConnectedCmdlet : SoCmdlet
{
    /// <summary>The connection to use; defaults to the one Connect-SoTenant made current.</summary>
    [Parameter]
    public SoConnection? Connection { get; set; }

    internal SoConnection RequireScim() => ConnectionRequirement.Scim(this, Connection);

    internal SoConnection RequireWebApi() => ConnectionRequirement.WebApi(this, Connection);
}

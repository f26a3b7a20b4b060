using System.Management.Automation;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Infrastructure;

/// <summary>A cmdlet that talks to a tenant: <c>-Connection</c>, defaulting to the runspace's current one.</summary>
public abstract class SoConnectedCmdlet : SoCmdlet
{
    /// <summary>The connection to use; defaults to the one Connect-SoTenant made current.</summary>
    [Parameter]
    public SoConnection? Connection { get; set; }

    internal SoConnection RequireScim()
    {
        var connection = Connection ?? ConnectionRegistry.Current;
        if (connection?.ScimUrl is null)
        {
            ThrowNotConnected("Not connected to a SCIM gateway. Run Connect-SoTenant -ScimUrl <tenant URL> -ScimToken <secret token> first, or pass -Connection.");
        }

        return connection!;
    }

    internal SoConnection RequireWebApi()
    {
        var connection = Connection ?? ConnectionRegistry.Current;
        if (connection?.WebApiUrl is null)
        {
            ThrowNotConnected("Not connected to a SuperOffice WebAPI. Run Connect-SoTenant with -Environment/-Authority, -ContextIdentifier and -ClientId (or -WebApiUrl and -AccessToken) first, or pass -Connection.");
        }

        return connection!;
    }

    private void ThrowNotConnected(string message) =>
        ThrowTerminatingError(ErrorRecords.Create("NotConnected", SoErrorKind.Connection, message, null));
}

using System.Management.Automation;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Infrastructure;

/// <summary>The connection a command uses (the one given, else the runspace's current one), or the error that there is none.</summary>
internal static class ConnectionRequirement
{
    public static SoConnection Scim(Cmdlet cmdlet, SoConnection? given)
    {
        var connection = given ?? ConnectionRegistry.Current;
        if (connection?.ScimUrl is null)
        {
            ThrowNotConnected(cmdlet, "Not connected to a SCIM gateway. Run Connect-SoTenant -ScimUrl <tenant URL> -ScimToken <secret token> first, or pass -Connection.");
        }

        return connection!;
    }

    public static SoConnection WebApi(Cmdlet cmdlet, SoConnection? given)
    {
        var connection = given ?? ConnectionRegistry.Current;
        if (connection?.WebApiUrl is null)
        {
            ThrowNotConnected(cmdlet, "Not connected to a SuperOffice WebAPI. Run Connect-SoTenant with -Environment/-Authority, -ContextIdentifier and -ClientId (or -WebApiUrl and -AccessToken) first, or pass -Connection.");
        }

        return connection!;
    }

    private static void ThrowNotConnected(Cmdlet cmdlet, string message) =>
        cmdlet.ThrowTerminatingError(ErrorRecords.Create("NotConnected", SoErrorKind.Connection, message, null));
}

using System.Management.Automation;
using SuperOfficeProvisioning.Infrastructure;

namespace SuperOfficeProvisioning.Cmdlets;

/// <summary>Forgets the session's current connection and the credentials it held.</summary>
[Cmdlet(VerbsCommunications.Disconnect, "SoTenant")]
public sealed class DisconnectSoTenant : SoCmdlet
{
    protected override void EndProcessing()
    {
        var connection = ConnectionRegistry.Current;
        if (connection is null)
        {
            WriteVerbose("There is no current connection.");
            return;
        }

        ConnectionRegistry.Current = null;
        connection.Dispose();
        WriteVerbose($"Disconnected: {connection}.");
    }
}

using System.Management.Automation;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Infrastructure;

namespace SuperOfficeProvisioning.Cmdlets;

/// <summary>Shows the session's current connection (never its secrets).</summary>
[Cmdlet(VerbsCommon.Get, "SoConnection")]
[OutputType(typeof(SoConnection))]
public sealed class GetSoConnection : SoCmdlet
{
    protected override void EndProcessing()
    {
        var connection = ConnectionRegistry.Current;
        if (connection is not null)
        {
            WriteObject(OutputTypes.Tag(connection, OutputTypes.Connection));
        }
    }
}

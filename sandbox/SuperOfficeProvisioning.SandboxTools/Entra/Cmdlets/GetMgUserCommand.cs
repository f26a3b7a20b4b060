using System.Management.Automation;
using SuperOfficeProvisioning.SandboxTools.Entra.Graph;
using SuperOfficeProvisioning.SandboxTools.Entra.Query;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Cmdlets;

/// <summary>
/// Stand-in for Microsoft Graph PowerShell's Get-MgUser, reading the local example directory. Real users install
/// Microsoft Graph PowerShell (Microsoft.Graph.Users) and run its Get-MgUser instead.
/// </summary>
[Cmdlet(VerbsCommon.Get, "MgUser", DefaultParameterSetName = ListParameterSet)]
[OutputType(typeof(MicrosoftGraphUser))]
public sealed class GetMgUserCommand : GraphListCommandBase
{
    private const string GetParameterSet = "Get";

    /// <summary>The user's object id or user principal name.</summary>
    [Parameter(Mandatory = true, ParameterSetName = GetParameterSet)]
    [ValidateNotNullOrEmpty]
    public string UserId { get; set; } = string.Empty;

    protected override void ProcessRecord()
    {
        var directory = EntraPipeline.DirectoryFor(this);
        try
        {
            var selection = GraphSchemas.User.Select(SelectedProperties);
            if (ParameterSetName == GetParameterSet)
            {
                var user = directory.FindUser(UserId);
                if (user is null)
                {
                    WriteNotFound("user", UserId);
                    return;
                }

                WriteObject(GraphProjection.ToGraphUser(user, selection).ToPSObject());
                return;
            }

            foreach (var user in ApplyListOptions(directory.Users, GraphSchemas.User.Read))
            {
                WriteObject(GraphProjection.ToGraphUser(user, selection).ToPSObject());
            }
        }
        catch (GraphQueryException ex)
        {
            ThrowQueryError(ex);
        }
    }
}

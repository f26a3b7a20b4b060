using System.Management.Automation;
using SuperOfficeProvisioning.SandboxTools.Entra.Directory;
using SuperOfficeProvisioning.SandboxTools.Entra.Graph;
using SuperOfficeProvisioning.SandboxTools.Entra.Query;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Cmdlets;

/// <summary>
/// Stand-in for Microsoft Graph PowerShell's Get-MgGroupMemberAsUser, reading the local example directory. Real
/// users install Microsoft Graph PowerShell (Microsoft.Graph.Groups) and run its Get-MgGroupMemberAsUser instead.
/// Returns the group's direct members that are users, as user objects; devices and nested groups are left out.
/// </summary>
[Cmdlet(VerbsCommon.Get, "MgGroupMemberAsUser", DefaultParameterSetName = ListParameterSet)]
[OutputType(typeof(MicrosoftGraphUser))]
public sealed class GetMgGroupMemberAsUserCommand : GraphListCommandBase
{
    /// <summary>The group's object id.</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string GroupId { get; set; } = string.Empty;

    protected override void ProcessRecord()
    {
        var directory = EntraPipeline.DirectoryFor(this);
        var group = directory.FindGroup(GroupId);
        if (group is null)
        {
            WriteNotFound("group", GroupId);
            return;
        }

        try
        {
            var selection = GraphSchemas.User.Select(SelectedProperties);
            var users = directory.GetMembers(group).OfType<DirectoryUser>();
            foreach (var user in ApplyListOptions(users, GraphSchemas.User.Read))
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

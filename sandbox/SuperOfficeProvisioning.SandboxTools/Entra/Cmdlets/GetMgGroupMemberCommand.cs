using System.Management.Automation;
using SuperOfficeProvisioning.SandboxTools.Entra.Graph;
using SuperOfficeProvisioning.SandboxTools.Entra.Query;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Cmdlets;

/// <summary>
/// Stand-in for Microsoft Graph PowerShell's Get-MgGroupMember, reading the local example directory. Real users
/// install Microsoft Graph PowerShell (Microsoft.Graph.Groups) and run its Get-MgGroupMember instead. Like the
/// real cmdlet it returns directory objects: Id is typed, everything else (userPrincipalName, displayName, ... and
/// @odata.type, which tells users from devices and nested groups) is in AdditionalProperties.
/// </summary>
[Cmdlet(VerbsCommon.Get, "MgGroupMember", DefaultParameterSetName = ListParameterSet)]
[OutputType(typeof(MicrosoftGraphDirectoryObject))]
public sealed class GetMgGroupMemberCommand : GraphListCommandBase
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
            var selected = SelectedProperties;
            MemberProperties.EnsureKnown(selected);
            foreach (var member in ApplyListOptions(directory.GetMembers(group), MemberProperties.Read))
            {
                WriteObject(GraphProjection.ToDirectoryObject(member, selected).ToPSObject());
            }
        }
        catch (GraphQueryException ex)
        {
            ThrowQueryError(ex);
        }
    }
}

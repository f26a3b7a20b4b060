using System.Management.Automation;
using SuperOfficeProvisioning.SandboxTools.Entra.Graph;
using SuperOfficeProvisioning.SandboxTools.Entra.Query;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Cmdlets;

/// <summary>
/// Stand-in for Microsoft Graph PowerShell's Get-MgGroup, reading the local example directory. Real users install
/// Microsoft Graph PowerShell (Microsoft.Graph.Groups) and run its Get-MgGroup instead.
/// </summary>
[Cmdlet(VerbsCommon.Get, "MgGroup", DefaultParameterSetName = ListParameterSet)]
[OutputType(typeof(MicrosoftGraphGroup))]
public sealed class GetMgGroupCommand : GraphListCommandBase
{
    private const string GetParameterSet = "Get";

    /// <summary>The group's object id.</summary>
    [Parameter(Mandatory = true, ParameterSetName = GetParameterSet)]
    [ValidateNotNullOrEmpty]
    public string GroupId { get; set; } = string.Empty;

    protected override void ProcessRecord()
    {
        var directory = EntraPipeline.DirectoryFor(this);
        try
        {
            var selection = GraphSchemas.Group.Select(SelectedProperties);
            if (ParameterSetName == GetParameterSet)
            {
                var group = directory.FindGroup(GroupId);
                if (group is null)
                {
                    WriteNotFound("group", GroupId);
                    return;
                }

                WriteObject(GraphProjection.ToGraphGroup(group, selection).ToPSObject());
                return;
            }

            foreach (var group in ApplyListOptions(directory.Groups, GraphSchemas.Group.Read))
            {
                WriteObject(GraphProjection.ToGraphGroup(group, selection).ToPSObject());
            }
        }
        catch (GraphQueryException ex)
        {
            ThrowQueryError(ex);
        }
    }
}

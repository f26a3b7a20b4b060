using System.Management.Automation;
using SuperOfficeProvisioning.SandboxTools.Entra.Directory;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Cmdlets;

/// <summary>The parameters and lookups Add-SoEntraGroupMember and Remove-SoEntraGroupMember share.</summary>
public abstract class EntraGroupMembershipCommandBase : PSCmdlet
{
    /// <summary>The group's object id or display name.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [Alias("Group")]
    [ValidateNotNullOrEmpty]
    public string GroupId { get; set; } = string.Empty;

    /// <summary>Object ids or user principal names of users, groups or devices; binds Id from Get-MgUser output.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "UserId", "DirectoryObjectId")]
    [ValidateNotNullOrEmpty]
    public string[] MemberId { get; set; } = [];

    private protected EntraDirectory Directory { get; private set; } = null!;

    private protected DirectoryGroup TargetGroup { get; private set; } = null!;

    protected override void BeginProcessing()
    {
        Directory = EntraPipeline.DirectoryFor(this);
        DirectoryGroup? group;
        try
        {
            group = Directory.FindGroupByIdOrName(GroupId);
        }
        catch (InvalidOperationException ex)
        {
            throw this.Terminate(new ErrorRecord(ex, "GroupNameAmbiguous", ErrorCategory.InvalidArgument, GroupId));
        }

        if (group is null)
        {
            throw this.Terminate(EntraPipeline.NotFound("group", GroupId));
        }

        TargetGroup = group;
    }

    protected override void ProcessRecord()
    {
        foreach (var member in MemberId)
        {
            var objectId = Directory.ResolveObjectId(member);
            if (objectId is null)
            {
                WriteError(EntraPipeline.NotFound("object", member));
                continue;
            }

            ProcessMember(member, objectId);
        }
    }

    /// <param name="member">The id or name the caller gave, for messages.</param>
    /// <param name="objectId">The member's object id.</param>
    private protected abstract void ProcessMember(string member, string objectId);
}

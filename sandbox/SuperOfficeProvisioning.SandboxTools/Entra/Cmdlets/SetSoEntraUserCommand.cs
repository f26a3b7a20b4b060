using System.Management.Automation;
using SuperOfficeProvisioning.SandboxTools.Entra.Graph;
using SuperOfficeProvisioning.SandboxTools.Entra.Query;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Cmdlets;

/// <summary>
/// Changes a user in the session's Entra stand-in directory: only the properties given change. Stand-in helper for
/// examples and tests (disable an account, move a department, rename a user principal name) between syncs; with
/// real Entra ID you would use Update-MgUser from Microsoft Graph PowerShell.
/// </summary>
[Cmdlet(VerbsCommon.Set, "SoEntraUser", SupportsShouldProcess = true)]
[OutputType(typeof(MicrosoftGraphUser))]
public sealed class SetSoEntraUserCommand : EntraUserPropertiesCommandBase
{
    /// <summary>The user's object id or user principal name; binds from Get-MgUser output.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    public string UserId { get; set; } = string.Empty;

    /// <summary>A new user principal name; the object id stays, as in Entra.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? UserPrincipalName { get; set; }

    /// <summary>Returns the changed user.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var directory = EntraPipeline.DirectoryFor(this);
        var user = directory.FindUser(UserId);
        if (user is null)
        {
            WriteError(EntraPipeline.NotFound("user", UserId));
            return;
        }

        var changed = ApplyBoundProperties(user) with { UserPrincipalName = UserPrincipalName ?? user.UserPrincipalName };
        if (!ShouldProcess(user.UserPrincipalName, "Change user in the Entra stand-in directory"))
        {
            return;
        }

        try
        {
            directory.ReplaceUser(changed);
        }
        catch (InvalidOperationException ex)
        {
            WriteError(EntraPipeline.Conflict(ex, UserId));
            return;
        }

        if (PassThru)
        {
            WriteObject(GraphProjection.ToGraphUser(changed, GraphSchemas.User.Properties).ToPSObject());
        }
    }
}

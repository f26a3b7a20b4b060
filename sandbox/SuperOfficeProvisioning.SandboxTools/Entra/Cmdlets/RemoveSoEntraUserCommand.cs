using System.Management.Automation;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Cmdlets;

/// <summary>
/// Deletes a user from the session's Entra stand-in directory and from all its groups. Stand-in helper for
/// examples and tests; with real Entra ID you would use Remove-MgUser from Microsoft Graph PowerShell.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "SoEntraUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
public sealed class RemoveSoEntraUserCommand : PSCmdlet
{
    /// <summary>The user's object id or user principal name; binds from Get-MgUser output.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    public string UserId { get; set; } = string.Empty;

    protected override void ProcessRecord()
    {
        var directory = EntraPipeline.DirectoryFor(this);
        var user = directory.FindUser(UserId);
        if (user is null)
        {
            WriteError(EntraPipeline.NotFound("user", UserId));
            return;
        }

        if (ShouldProcess(user.UserPrincipalName, "Delete user from the Entra stand-in directory"))
        {
            directory.RemoveUser(user.Id);
        }
    }
}

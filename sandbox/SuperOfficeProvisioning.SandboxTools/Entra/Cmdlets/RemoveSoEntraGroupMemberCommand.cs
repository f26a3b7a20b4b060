using System.Management.Automation;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Cmdlets;

/// <summary>
/// Removes users, groups or devices from a group of the session's Entra stand-in directory. Stand-in helper for
/// examples and tests that change membership between syncs; with real Entra ID you would use
/// Remove-MgGroupMemberByRef from Microsoft Graph PowerShell.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "SoEntraGroupMember", SupportsShouldProcess = true)]
public sealed class RemoveSoEntraGroupMemberCommand : EntraGroupMembershipCommandBase
{
    private protected override void ProcessMember(string member, string objectId)
    {
        if (!ShouldProcess(member, $"Remove from group '{TargetGroup.DisplayName}' in the Entra stand-in directory"))
        {
            return;
        }

        if (!Directory.RemoveMember(TargetGroup.Id, objectId))
        {
            WriteVerbose($"'{member}' is not a member of '{TargetGroup.DisplayName}'.");
        }
    }
}

using System.Management.Automation;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Cmdlets;

/// <summary>
/// Adds users, groups or devices to a group of the session's Entra stand-in directory. Stand-in helper for
/// examples and tests that change membership between syncs; with real Entra ID you would use New-MgGroupMember
/// from Microsoft Graph PowerShell.
/// </summary>
[Cmdlet(VerbsCommon.Add, "SoEntraGroupMember", SupportsShouldProcess = true)]
public sealed class AddSoEntraGroupMemberCommand : EntraGroupMembershipCommandBase
{
    private protected override void ProcessMember(string member, string objectId)
    {
        if (!ShouldProcess(member, $"Add to group '{TargetGroup.DisplayName}' in the Entra stand-in directory"))
        {
            return;
        }

        if (!Directory.AddMember(TargetGroup.Id, objectId))
        {
            WriteVerbose($"'{member}' already is a member of '{TargetGroup.DisplayName}'.");
        }
    }
}

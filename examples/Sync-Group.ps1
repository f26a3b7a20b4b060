<#
.SYNOPSIS
    Keeps a SuperOffice SCIM group in line with an Entra ID group: sync, change the membership, sync again, and see
    roles and licences follow through the gateway's SCIM rules.

.DESCRIPTION
    Runs as it is against a local sandbox tenant (after `dotnet build`):

        dotnet pwsh ./examples/Sync-Group.ps1

    In a scheduled job against a real tenant, the whole of it is the one line of step 1, with Microsoft Graph
    PowerShell providing Get-MgGroupMember and the connection made with the gateway's Tenant URL and Secret Token.
#>
param(
    [string] $GroupName = 'SuperOffice Sales',
    [string] $LogPath = (Join-Path ([System.IO.Path]::GetTempPath()) 'superoffice-sync.jsonl')
)

$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'Use-Sandbox.ps1')

Connect-SoTenant -ScimUrl $SoSandbox.ScimUrl -ScimToken $SoSandbox.ScimToken -CertificateThumbprint $SoSandbox.CertificateThumbprint
$group = Get-MgGroup -Filter "displayName eq '$GroupName'"

# 1. The first sync creates the group, its users and their memberships.
$first = Get-MgGroupMember -GroupId $group.Id -All | Sync-SoGroup -GroupName $GroupName -GroupId $group.Id -LogPath $LogPath
$first

# 2. Nothing changed upstream: the second run writes nothing.
$again = Get-MgGroupMember -GroupId $group.Id -All | Sync-SoGroup -GroupName $GroupName -GroupId $group.Id -LogPath $LogPath
"Unchanged re-sync: $($again.Changes.Count) changes, $($again.RequestsSent) requests."

# 3. A joiner and a leaver in Entra ID.
$leaver = @(Get-MgGroupMember -GroupId $group.Id -All)[0]
Remove-SoEntraGroupMember -GroupId $group.Id -MemberId $leaver.Id
Add-SoEntraUser -UserPrincipalName 'nora.joiner@contoso.example' -GivenName 'Nora' -Surname 'Joiner' -Department 'Sales' -AccountEnabled $true -Group $GroupName | Out-Null

# 4. Read the plan first, then apply it; the leaver loses the licence as well as the membership.
$plan = Get-MgGroupMember -GroupId $group.Id -All | Sync-SoGroup -GroupName $GroupName -GroupId $group.Id -RemovedMemberAction Disable -WhatIf
$plan.Changes | Format-Table Action, Target, Status -AutoSize
$applied = Get-MgGroupMember -GroupId $group.Id -All | Sync-SoGroup -GroupName $GroupName -GroupId $group.Id -RemovedMemberAction Disable -LogPath $LogPath
"Applied: $($applied.Created) created, $($applied.MembersAdded) added, $($applied.MembersRemoved) removed, $($applied.Disabled) disabled."

# 5. The effect in SuperOffice: the joiner has the group's role and user plan; the leaver has no licence.
Get-SoSandboxUser -UserName 'nora.joiner@contoso.example', $leaver.AdditionalProperties['userPrincipalName'] | Format-Table -AutoSize

# 6. The audit log: each change as intended, then as done.
$entries = Get-Content $LogPath | ConvertFrom-Json
"Audit log: $LogPath ($($entries.Count) lines)."
$entries | Select-Object -Last 4 | Format-Table phase, action, target, group -AutoSize

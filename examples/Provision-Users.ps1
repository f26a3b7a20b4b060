<#
.SYNOPSIS
    Provisions one department from Entra ID into SuperOffice, into the SCIM group whose rules give it a role and
    a user plan, and shows the SuperOffice users that result.

.DESCRIPTION
    Runs as it is against a local sandbox tenant (after `dotnet build`):

        dotnet pwsh ./examples/Provision-Users.ps1

    Use-Sandbox.ps1 starts the sandbox, puts its connection details in $SoSandbox, and brings stand-ins for
    Microsoft Graph PowerShell's Get-MgUser and friends. Against a real tenant, install Microsoft.Graph, run
    Connect-MgGraph, and connect with the Tenant URL and Secret Token from the SCIM gateway's "SCIM Sync Config"
    page instead of $SoSandbox.

.EXAMPLE
    ./Provision-Users.ps1 -Department Support -GroupName 'SuperOffice Support'
#>
param(
    [string] $Department = 'Sales',
    [string] $GroupName = 'SuperOffice Sales'
)

$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'Use-Sandbox.ps1')

Connect-SoTenant -ScimUrl $SoSandbox.ScimUrl -ScimToken $SoSandbox.ScimToken -CertificateThumbprint $SoSandbox.CertificateThumbprint

# Get-MgUser leaves AccountEnabled and Department out unless they are asked for.
$people = Get-MgUser -Filter "department eq '$Department'" -All -Property Id, UserPrincipalName, GivenName, Surname, DisplayName, Mail, AccountEnabled, Department, JobTitle, MobilePhone, BusinessPhones, EmployeeId, PreferredLanguage

# The gateway's SCIM rules turn membership of the group into a role and a user plan.
$created = $people | New-SoUser -Group $GroupName -ErrorVariable failed -ErrorAction Continue
"Created $(@($created).Count) of $(@($people).Count) users from $Department into '$GroupName'; $(@($failed).Count) failed."

# What SuperOffice made of them: role, primary group and licence, as the WebAPI's User archive shows them.
Get-SoSandboxUser -UserName $people.UserPrincipalName | Format-Table -AutoSize

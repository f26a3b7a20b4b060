<#
.SYNOPSIS
    The spreadsheet round trip: export SuperOffice users to CSV, change one column, import the file again, and
    only that field changes.

.DESCRIPTION
    Runs as it is against a local sandbox tenant (after `dotnet build`):

        dotnet pwsh ./examples/Edit-UsersInCsv.ps1

    Get-SoUser | Export-Csv writes lists (BusinessPhones, Groups) as "a; b", which Set-SoUser reads back. Set-SoUser
    compares every column with what SuperOffice holds and sends only what differs, so the untouched columns cost
    nothing. Here a script plays the person editing the file in a spreadsheet.
#>
param(
    [string] $Path = (Join-Path ([System.IO.Path]::GetTempPath()) 'superoffice-users.csv'),
    [string] $Department = 'Support'
)

$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'Use-Sandbox.ps1')
Connect-SoTenant -ScimUrl $SoSandbox.ScimUrl -ScimToken $SoSandbox.ScimToken -CertificateThumbprint $SoSandbox.CertificateThumbprint

# Some users to work on: the department, provisioned from the example directory.
Get-MgUser -Filter "department eq '$Department'" -All -Property Id, UserPrincipalName, GivenName, Surname, Mail, AccountEnabled, Department, JobTitle, BusinessPhones |
    New-SoUser -ErrorAction SilentlyContinue | Out-Null

# 1. Export.
Get-SoUser -Filter "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq `"$Department`"" |
    Export-Csv $Path -NoTypeInformation
"Exported $(@(Import-Csv $Path).Count) users to $Path."

# 2. "In the spreadsheet": every Support user gets a new job title.
$rows = Import-Csv $Path
$rows | ForEach-Object { $_.JobTitle = 'Customer Success'; $_ } | Export-Csv $Path -NoTypeInformation

# 3. Import: one field changes per user, nothing else is sent.
Reset-SoSandboxStats
$changed = Import-Csv $Path | Set-SoUser
$stats = Get-SoSandboxStats
"Set-SoUser sent $($stats.Writes) write(s) for $(@($changed).Count) users."
$changed | Format-Table UserName, JobTitle, BusinessPhones -AutoSize

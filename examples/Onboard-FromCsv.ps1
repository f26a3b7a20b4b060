<#
.SYNOPSIS
    Onboards new hires from a CSV file (as HR exports it) into SuperOffice, into the SCIM group that gives them
    their role and licence.

.DESCRIPTION
    Runs as it is against a local sandbox tenant (after `dotnet build`):

        dotnet pwsh ./examples/Onboard-FromCsv.ps1

    Import-Csv gives every value as text: AccountEnabled 'true', 'TRUE' or 'false' is read as a boolean. A row
    that cannot be read (here, Chloé's e-mail address has no top-level domain) gets an error naming the row and
    the field, and the other rows go in. Against a real tenant, connect with the SCIM gateway's Tenant URL and
    Secret Token instead of $SoSandbox.

.EXAMPLE
    ./Onboard-FromCsv.ps1 -Path ./hires-2027-01.csv -GroupName 'SuperOffice Support'
#>
param(
    [string] $Path = (Join-Path $PSScriptRoot 'data' 'new-hires.csv'),
    [string] $GroupName = 'SuperOffice Sales'
)

$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'Use-Sandbox.ps1')
Connect-SoTenant -ScimUrl $SoSandbox.ScimUrl -ScimToken $SoSandbox.ScimToken -CertificateThumbprint $SoSandbox.CertificateThumbprint

$hires = Import-Csv $Path
$created = $hires | New-SoUser -Group $GroupName -ErrorVariable failed -ErrorAction SilentlyContinue
foreach ($problem in $failed) { Write-Warning $problem.Exception.Message }
"Onboarded $(@($created).Count) of $(@($hires).Count) new hires into '$GroupName'; $(@($failed).Count) row(s) need fixing."

$created | Sort-Object UserName | Format-Table UserName, DisplayName, JobTitle, Department, Enabled -AutoSize

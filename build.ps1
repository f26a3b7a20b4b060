<#
.SYNOPSIS
    Builds the SuperOfficeProvisioning module, and optionally tests and packages it.

.DESCRIPTION
    Builds the solution, which assembles the ready module folder in out/SuperOfficeProvisioning. With -Test it
    runs the whole test suite (the same command the README gives). With -Package it writes a .nupkg that the
    PowerShell Gallery accepts into out/packages, using PSResourceGet.

.EXAMPLE
    ./build.ps1 -Test

.EXAMPLE
    ./build.ps1 -Configuration Release -Package
#>
[CmdletBinding()]
param(
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    [switch] $Test,

    [switch] $Package
)

$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$solution = Join-Path $root 'SuperOfficeProvisioning.sln'
$moduleFolder = Join-Path $root 'out/SuperOfficeProvisioning'

function Invoke-Native {
    param([string] $File, [string[]] $Arguments)
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "$File $($Arguments -join ' ') failed with exit code $LASTEXITCODE."
    }
}

Invoke-Native dotnet @('build', $solution, '-c', $Configuration)
$manifest = Test-ModuleManifest (Join-Path $moduleFolder 'SuperOfficeProvisioning.psd1')
Write-Information "Built SuperOfficeProvisioning $($manifest.Version) in $moduleFolder" -InformationAction Continue

if ($Test) {
    Invoke-Native dotnet @('test', $solution, '-c', $Configuration, '--no-build')
}

if ($Package) {
    $packages = Join-Path $root 'out/packages'
    New-Item -ItemType Directory -Path $packages -Force | Out-Null
    $repository = 'SuperOfficeProvisioningLocal'
    if (-not (Get-PSResourceRepository -Name $repository -ErrorAction SilentlyContinue)) {
        Register-PSResourceRepository -Name $repository -Uri $packages -Trusted
    }
    try {
        Publish-PSResource -Path $moduleFolder -Repository $repository
    }
    finally {
        Unregister-PSResourceRepository -Name $repository
    }
    Get-ChildItem $packages -Filter 'SuperOfficeProvisioning.*.nupkg'
}

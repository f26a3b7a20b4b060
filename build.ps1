<#
.SYNOPSIS
    Builds the SuperOfficeProvisioning module, and optionally tests and packages it.

.DESCRIPTION
    Builds the solution, which assembles the ready module folder in out/SuperOfficeProvisioning and lays out the
    pinned Pester in out/Pester. With -Test it runs every test: the xunit projects (dotnet test), then the
    *.Tests.ps1 files under real Pester in a fresh pwsh, and ends with one line counting both. With -Package it
    writes a .nupkg that the PowerShell Gallery accepts into out/packages, using PSResourceGet.

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
    $counts = @{ passed = 0; failed = 0; skipped = 0 }
    function Add-Counts([string] $Line) {
        foreach ($kind in 'passed', 'failed', 'skipped') {
            if ($Line -match "$kind[:]?\s+(\d+)|(\d+) $kind") {
                $counts[$kind] += [int]($Matches[1] + $Matches[2])
            }
        }
    }

    # Each runner finishes even when the other fails; the closing line and the exit code tell both.
    & dotnet test $solution -c $Configuration --no-build | ForEach-Object {
        $_
        if ($_ -match '^\s*(Passed|Failed)!') { Add-Counts $_ }
    }
    $xunitFailed = $LASTEXITCODE -ne 0
    $pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
    & $pwsh -NoProfile -NonInteractive -File (Join-Path $root 'tests/Invoke-PesterTests.ps1') | ForEach-Object {
        $_
        if ($_ -match '^Pester: ') { Add-Counts $_ }
    }
    $pesterFailed = $LASTEXITCODE -ne 0
    "$($counts.passed) passed, $($counts.failed) failed, $($counts.skipped) skipped"
    if ($xunitFailed -or $pesterFailed) { exit 1 }
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

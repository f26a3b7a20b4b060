<#
.SYNOPSIS
    Runs the *.Tests.ps1 files under real Pester (the version the build lays out in out/Pester).

.DESCRIPTION
    A file that declares param([string] $ServerProfile) runs once for each SCIM server profile in
    PowerShell/Support/ServerProfiles.psd1, or for those its ValidateSet names. Prints each It by name, writes the results as NUnit XML to out/test-results/pester.xml, and writes one last
    line "Pester: N passed, N failed, N skipped". Exits with the number of failed tests (0 when all pass).

.EXAMPLE
    dotnet pwsh ./tests/Invoke-PesterTests.ps1 -Path ./tests/PowerShell/Users.Tests.ps1
#>
[CmdletBinding()]
param(
    [string[]] $Path = @(Join-Path $PSScriptRoot 'PowerShell'),

    [string[]] $Tag,

    [string[]] $ExcludeTag
)

$ErrorActionPreference = 'Stop'
$root = Split-Path $PSScriptRoot -Parent
Import-Module (Join-Path $root 'out/Pester/Pester.psd1') -Force

# One container per test file, or per test file and server profile.
$profiles = (Import-PowerShellDataFile (Join-Path $PSScriptRoot 'PowerShell/Support/ServerProfiles.psd1')).Profiles.Name
$containers = foreach ($file in Get-ChildItem -Path $Path -Recurse -Filter '*.Tests.ps1' | Sort-Object FullName) {
    $ast = [System.Management.Automation.Language.Parser]::ParseFile($file.FullName, [ref]$null, [ref]$null)
    $parameter = $ast.ParamBlock.Parameters | Where-Object { $_.Name.VariablePath.UserPath -eq 'ServerProfile' }
    if (-not $parameter) {
        New-PesterContainer -Path $file.FullName
        continue
    }

    $validateSet = $parameter.Attributes | Where-Object { $_.TypeName.Name -eq 'ValidateSet' }
    $names = if ($validateSet) { $validateSet.PositionalArguments.Value } else { $profiles }
    foreach ($name in $names) {
        New-PesterContainer -Path $file.FullName -Data @{ ServerProfile = $name }
    }
}

$configuration = New-PesterConfiguration
$configuration.Run.Container = @($containers)
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$configuration.TestResult.Enabled = $true
$configuration.TestResult.OutputFormat = 'NUnitXml'
$configuration.TestResult.OutputPath = Join-Path $root 'out/test-results/pester.xml'
if ($Tag) { $configuration.Filter.Tag = $Tag }
if ($ExcludeTag) { $configuration.Filter.ExcludeTag = $ExcludeTag }

$result = Invoke-Pester -Configuration $configuration
if ($null -eq $result) {
    'Pester: 0 passed, 1 failed, 0 skipped (the run itself failed)'
    exit 1
}

"Pester: $($result.PassedCount) passed, $($result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount) failed, $($result.SkippedCount + $result.NotRunCount) skipped"
exit ($result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount)

<#
.SYNOPSIS
    Runs the *.Tests.ps1 files under real Pester (the version the build lays out in out/Pester).

.DESCRIPTION
    Prints each It by name, writes the results as NUnit XML to out/test-results/pester.xml, and writes one last
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

$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path
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

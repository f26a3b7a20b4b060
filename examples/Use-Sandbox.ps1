<#
.SYNOPSIS
    Gets a local sandbox tenant ready for the examples: imports the built module and the sandbox tools from out/,
    starts a sandbox (unless one runs in this session) and sets $SoSandbox to its connection details.

.DESCRIPTION
    Dot-source it: `. ./examples/Use-Sandbox.ps1`. The sandbox tools also stand in for Microsoft Graph PowerShell
    (Get-MgUser, Get-MgGroup, Get-MgGroupMember) over examples/data/entra-directory.json. The sandbox runs inside
    this pwsh process and stops with Stop-SoSandbox or when the session ends. Build first: `dotnet build`.
#>
$out = Join-Path $PSScriptRoot '..' 'out'
foreach ($module in 'SuperOfficeProvisioning/SuperOfficeProvisioning.psd1', 'SandboxTools/SuperOfficeProvisioning.SandboxTools.psd1') {
    $path = Join-Path $out $module
    if (-not (Test-Path $path)) { throw "$path is missing: run 'dotnet build' in the repository first." }
    Import-Module $path -ErrorAction Stop
}

$SoSandbox = Get-SoSandbox
if (-not $SoSandbox) { $SoSandbox = Start-SoSandbox }

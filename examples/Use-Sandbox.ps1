<#
.SYNOPSIS
    Gets a local sandbox tenant ready for the examples: imports the built module and the sandbox tools from out/,
    starts a sandbox (unless one runs in this session) and sets $SoSandbox to its connection details.

.DESCRIPTION
    Dot-source it: `. ./examples/Use-Sandbox.ps1`. The sandbox tools also stand in for Microsoft Graph PowerShell
    (Get-MgUser, Get-MgGroup, Get-MgGroupMember) over examples/data/entra-directory.json. The sandbox runs inside
    this pwsh process and stops with Stop-SoSandbox or when the session ends. Build first: `dotnet build`.
#>
# In a script block of its own: dot-sourced, this file leaves only $SoSandbox behind in the caller's scope.
& {
    $out = Join-Path $PSScriptRoot '..' 'out'
    foreach ($module in 'SuperOfficeProvisioning/SuperOfficeProvisioning.psd1', 'SandboxTools/SuperOfficeProvisioning.SandboxTools.psd1') {
        $manifest = Join-Path $out $module
        if (-not (Test-Path $manifest)) { throw "$manifest is missing: run 'dotnet build' in the repository first." }
        Import-Module $manifest -Global -ErrorAction Stop
    }
}

$SoSandbox = Get-SoSandbox
if (-not $SoSandbox) { $SoSandbox = Start-SoSandbox }

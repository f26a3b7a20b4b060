@{
    RootModule           = 'SuperOfficeProvisioning.SandboxTools.dll'
    ModuleVersion        = '0.1.0'
    CompatiblePSEditions = @('Core')
    GUID                 = 'c7a4e0b2-5d61-4f3e-8b9a-2e6f1d4c7a90'
    Author               = 'SuperOfficeProvisioning contributors'
    CompanyName          = 'SuperOfficeProvisioning contributors'
    Copyright            = '(c) SuperOfficeProvisioning contributors. MIT License.'
    Description          = 'Demo and test tools for SuperOfficeProvisioning, never needed in production. Stand-ins for Microsoft Graph PowerShell (Get-MgUser, Get-MgGroup, Get-MgGroupMember) that read a local directory file - real scripts use Microsoft Graph PowerShell instead - and cmdlets that start and steer a local SuperOffice sandbox tenant.'
    PowerShellVersion    = '7.4'
    FormatsToProcess     = @('SuperOfficeProvisioning.SandboxTools.Format.ps1xml')
    CmdletsToExport      = @(
        'Get-MgUser'
        'Get-MgGroup'
        'Get-MgGroupMember'
        'Get-MgGroupMemberAsUser'
        'Import-SoEntraDirectory'
        'Get-SoEntraDirectory'
        'Add-SoEntraUser'
        'Set-SoEntraUser'
        'Remove-SoEntraUser'
        'Add-SoEntraGroupMember'
        'Remove-SoEntraGroupMember'
        'Start-SoSandbox'
        'Stop-SoSandbox'
        'Get-SoSandbox'
        'Get-SoSandboxStats'
        'Reset-SoSandboxStats'
        'Set-SoSandboxFault'
        'Set-SoSandboxTenantState'
        'Get-SoSandboxUser'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
}

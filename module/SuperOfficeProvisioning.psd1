@{
    RootModule           = 'SuperOfficeProvisioning.dll'
    ModuleVersion        = '{{ModuleVersion}}'
    CompatiblePSEditions = @('Desktop', 'Core')
    GUID                 = '5b0f7d55-0c8e-4d0e-9a57-3f1f4f1c9a21'
    Author               = 'SuperOfficeProvisioning contributors'
    CompanyName          = 'SuperOfficeProvisioning contributors'
    Copyright            = '(c) SuperOfficeProvisioning contributors. MIT License.'
    Description          = 'Provisions SuperOffice CRM tenants: users and groups over the SCIM gateway, and applications (web panels, buttons, lists) over the WebAPI.'
    PowerShellVersion    = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @('SuperOfficeProvisioning.Format.ps1xml')
    CmdletsToExport      = @(
        'Connect-SoTenant'
        'Disconnect-SoTenant'
        'Get-SoConnection'
        'New-SoUser'
        'Get-SoUser'
        'Set-SoUser'
        'Remove-SoUser'
        'Sync-SoGroup'
        'Get-SoTenantStatus'
        'Install-SoApplication'
        'Test-SoApplication'
        'Uninstall-SoApplication'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('SuperOffice', 'CRM', 'SCIM', 'Provisioning', 'EntraID', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://opensource.org/licenses/MIT'
            ReleaseNotes = 'See the README of the project.'
        }
    }
}

# The module as a user gets it: published to a PowerShell repository, installed from there, imported by name.

BeforeAll {
    $script:repoRoot = (Resolve-Path (Join-Path $PSScriptRoot '..' '..')).Path
    $script:pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
    $script:repository = "SoProvisioningTest$([guid]::NewGuid().ToString('N').Substring(0, 8))"
    $script:feed = Join-Path $TestDrive 'feed'
    New-Item -ItemType Directory -Path $feed | Out-Null
    Register-PSResourceRepository -Name $repository -Uri $feed -Trusted
}

AfterAll {
    Unregister-PSResourceRepository -Name $repository -ErrorAction SilentlyContinue
}

Describe 'Packaging' -Tag 'Packaging' {
    It 'publishes to a local repository, installs from it into a module path and imports by name in a fresh pwsh' {
        $manifest = Import-PowerShellDataFile (Join-Path $repoRoot 'out' 'SuperOfficeProvisioning' 'SuperOfficeProvisioning.psd1')

        Publish-PSResource -Path (Join-Path $repoRoot 'out' 'SuperOfficeProvisioning') -Repository $repository
        Get-ChildItem $feed -Filter "SuperOfficeProvisioning.$($manifest.ModuleVersion).nupkg" | Should -HaveCount 1

        $modules = Join-Path $TestDrive 'modules'
        New-Item -ItemType Directory -Path $modules | Out-Null
        Save-PSResource -Name SuperOfficeProvisioning -Repository $repository -Path $modules -TrustRepository
        Test-Path (Join-Path $modules 'SuperOfficeProvisioning' $manifest.ModuleVersion 'SuperOfficeProvisioning.psd1') | Should -BeTrue

        $script = "`$env:PSModulePath = '$modules' + [IO.Path]::PathSeparator + `$env:PSModulePath; " +
            "Import-Module SuperOfficeProvisioning -ErrorAction Stop; " +
            "`$m = Get-Module SuperOfficeProvisioning; `"`$(`$m.Version) `$(`$m.ModuleBase) `$((Get-Command -Module SuperOfficeProvisioning).Count)`"; " +
            "(Get-Help New-SoUser).Synopsis"
        $output = & $pwsh -NoProfile -NonInteractive -Command $script 2>&1
        $LASTEXITCODE | Should -Be 0 -Because ($output | Out-String)
        $version, $base, $count = "$($output[0])" -split ' '
        $version | Should -Be $manifest.ModuleVersion
        $base | Should -BeLike "$modules*"
        [int]$count | Should -Be @($manifest.CmdletsToExport).Count
        "$($output[1])" | Should -Match 'SuperOffice'
    }
}

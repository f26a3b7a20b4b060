# Upgrading an application: its install record in the tenant says what earlier versions made, so an install of a newer
# manifest prunes what it drops, a test shows it, and an uninstall by name alone removes everything, the record too.

BeforeAll {
    $script:repoRoot = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..'))
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SuperOfficeProvisioning', 'SuperOfficeProvisioning.psd1')) -Force -ErrorAction Stop
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SandboxTools', 'SuperOfficeProvisioning.SandboxTools.psd1')) -Force -ErrorAction Stop
    . ([System.IO.Path]::Combine($PSScriptRoot, 'Support', 'SandboxWeb.ps1'))
    $script:sandbox = Start-SoSandbox -Seed 2020
    Connect-SoTenant -Authority $sandbox.Authority -ContextIdentifier $sandbox.ContextIdentifier -ClientId $sandbox.ClientId -CertificateThumbprint $sandbox.CertificateThumbprint `
        -ClientSecret $sandbox.ClientSecret -PrivateKeyPath $sandbox.PrivateKeyPath -SystemUserToken $sandbox.SystemUserToken -ErrorAction Stop

    function script:New-Manifest([string] $Version, [string[]] $Items, [string[]] $Panels) {
        $places = @{ Contact = 'ContactCard'; Project = 'ProjectCard'; Sale = 'SaleCard' }
        $manifest = [ordered]@{
            name         = 'Acme Upgrade'
            version      = $Version
            progIdPrefix = 'Acme.Upgrade'
            lists        = @(@{ name = 'Acme upgrade status'; items = @($Items | ForEach-Object { @{ name = $_ } }) })
            webPanels    = @($Panels | ForEach-Object { @{ key = $_; name = "Acme $_"; visibleIn = $places[$_]; url = "https://upgrade.acme.example/$_" } })
        }
        $path = Join-Path $TestDrive "acme-upgrade-$Version.app.json"
        $manifest | ConvertTo-Json -Depth 8 | Set-Content -LiteralPath $path -Encoding utf8
        $path
    }

    # What the tenant holds that is not deleted, read with the test's own WebAPI calls.
    function script:Get-Alive {
        $list = Get-SandboxRows $sandbox 'List' | Where-Object { $_.Name -eq 'Acme upgrade status' -and -not $_.Deleted }
        [pscustomobject]@{
            Panels = @(Get-SandboxRows $sandbox 'List/WebPanel/Items' | Where-Object { $_.ProgId -like 'Acme.Upgrade.*' -and -not $_.Deleted } | ForEach-Object ProgId | Sort-Object)
            Items  = @(if ($list) { Get-SandboxRows $sandbox "List/$($list.Id)/Items" | Where-Object { -not $_.Deleted } | ForEach-Object Name | Sort-Object })
            List   = $list
        }
    }

    function script:Get-RecordKeys {
        $body = '{"ApplicationName":"Acme Upgrade","DeviceName":"SuperOfficeProvisioning","DeviceIdentifier":"ApplicationInstaller"}'
        @(Invoke-SandboxApi -Sandbox $sandbox -Method POST -Path 'Agents/ForeignSystem/GetDeviceKeysOnDeviceIdentifier' -Body $body) | ForEach-Object { $_ }
    }

    $script:v1 = New-Manifest '1.0.0' -Items Draft, Sent, Paid -Panels Contact, Project
    # Version 2: the Project panel dropped, Paid renamed Settled, a Sale panel added.
    $script:v2 = New-Manifest '2.0.0' -Items Draft, Sent, Settled -Panels Contact, Sale
}

AfterAll {
    Disconnect-SoTenant
    Stop-SoSandbox
}

Describe 'An upgrade from version 1 to version 2' {
    It 'installs version 1 and records it' {
        $rows = Install-SoApplication -Path $v1 -ErrorAction Stop

        @($rows | Where-Object Status -ne 'Created') | Should -HaveCount 0
        (Get-RecordKeys | Where-Object Key -eq 'Manifest').Value | Should -BeExactly '1.0.0'
    }

    It 'stops before any write when version 2 would prune more than -MaxRemovals, and -WhatIf shows the prunes' {
        # Made by hand with the app's prefix: neither manifest nor record names it.
        Invoke-SandboxApi -Sandbox $sandbox -Method POST -Path 'List/WebPanel/Items' -Body '{"Name":"Hand made","ProgId":"Acme.Upgrade.Handmade","VisibleIn":"BrowserPanel","Url":"https://hand.example/"}' | Out-Null
        Reset-SoSandboxStats

        { Install-SoApplication -Path $v2 -MaxRemovals 1 -ErrorAction Stop } | Should -Throw -ErrorId 'RemovalThresholdExceeded,*'
        $plan = Install-SoApplication -Path $v2 -WhatIf

        (Get-SoSandboxStats).Writes | Should -Be 0
        $removed = @($plan | Where-Object Status -eq 'Removed')
        @($removed.Key | Sort-Object) | Should -Be @('Acme upgrade status/Paid', 'Acme.Upgrade.Project')
        $removed | ForEach-Object { $_.WhatIf | Should -BeTrue }
        (Get-Alive).Panels | Should -Contain 'Acme.Upgrade.Project'
    }

    It 'holds exactly version 2''s objects after the install, and the record says 2.0.0' {
        Reset-SoSandboxStats
        $rows = Install-SoApplication -Path $v2 -ErrorAction Stop

        # Panels changed: the panel cache is flushed, once, as the web panel docs ask.
        (Get-SoSandboxStats).ByRoute["POST /{ctx}/api/v1/Agents/Diagnostics/FlushCachesByName"] | Should -Be 1

        ($rows | Where-Object Key -eq 'Acme.Upgrade.Sale').Status | Should -BeExactly 'Created'
        ($rows | Where-Object Key -eq 'Acme upgrade status/Settled').Status | Should -BeExactly 'Created'
        ($rows | Where-Object Key -eq 'Acme.Upgrade.Project').Status | Should -BeExactly 'Removed'
        ($rows | Where-Object Key -eq 'Acme.Upgrade.Project').Detail | Should -Match 'No longer in the manifest'
        ($rows | Where-Object Key -eq 'Acme.Upgrade.Handmade').Status | Should -BeExactly 'NotOwned'
        $alive = Get-Alive
        $alive.Panels | Should -Be @('Acme.Upgrade.Contact', 'Acme.Upgrade.Handmade', 'Acme.Upgrade.Sale')
        $alive.Items | Should -Be @('Draft', 'Sent', 'Settled')
        (Get-RecordKeys | Where-Object Key -eq 'Manifest').Value | Should -BeExactly '2.0.0'
    }

    It 'writes nothing when version 2 is installed again' {
        Reset-SoSandboxStats

        $rows = Install-SoApplication -Path $v2 -ErrorAction Stop

        (Get-SoSandboxStats).Writes | Should -Be 0
        (Get-SoSandboxStats).ByRoute.Keys | Should -Not -Contain "POST /{ctx}/api/v1/Agents/Diagnostics/FlushCachesByName"
        @($rows | Where-Object { $_.Status -notin 'Unchanged', 'NotOwned' }) | Should -HaveCount 0
    }

    It 'tests version 1 against the tenant: what only version 2 has is NotInManifest' {
        $rows = Test-SoApplication -Path $v1

        @($rows | Where-Object Status -eq 'NotInManifest' | ForEach-Object Key | Sort-Object) | Should -Be @('Acme upgrade status/Settled', 'Acme.Upgrade.Sale')
    }

    It 'uninstalls by name alone: no owned object and no record left, the hand-made panel kept' {
        $rows = Uninstall-SoApplication -Name 'Acme Upgrade' -Confirm:$false -ErrorAction Stop

        @($rows | Where-Object Status -eq 'Removed') | Should -HaveCount 6
        $alive = Get-Alive
        $alive.Panels | Should -Be @('Acme.Upgrade.Handmade')
        $alive.List | Should -BeNullOrEmpty
        @(Get-RecordKeys) | Should -HaveCount 0
        { Invoke-SandboxApi -Sandbox $sandbox -Path 'ForeignApp/Acme%20Upgrade/SuperOfficeProvisioning/ApplicationInstaller' } | Should -Throw '*404*'
    }
}

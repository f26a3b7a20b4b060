# The write-ahead audit log of Install- and Uninstall-SoApplication.

BeforeAll {
    $script:repoRoot = (Resolve-Path (Join-Path $PSScriptRoot '..' '..')).Path
    Import-Module (Join-Path $repoRoot 'out' 'SuperOfficeProvisioning' 'SuperOfficeProvisioning.psd1') -Force -ErrorAction Stop
    Import-Module (Join-Path $repoRoot 'out' 'SandboxTools' 'SuperOfficeProvisioning.SandboxTools.psd1') -Force -ErrorAction Stop
    $script:sandbox = Start-SoSandbox -Seed 4242
    Connect-SoTenant -Authority $sandbox.Authority -ContextIdentifier $sandbox.ContextIdentifier -ClientId $sandbox.ClientId -CertificateThumbprint $sandbox.CertificateThumbprint `
        -ClientSecret $sandbox.ClientSecret -PrivateKeyPath $sandbox.PrivateKeyPath -SystemUserToken $sandbox.SystemUserToken -ErrorAction Stop
    $script:manifest = Join-Path $repoRoot 'examples' 'apps' 'acme-invoicing.app.json'

    function script:Read-Log([string] $Path) {
        Get-Content $Path | ForEach-Object { try { $_ | ConvertFrom-Json } catch { } }
    }
}

AfterAll {
    Disconnect-SoTenant
    Stop-SoSandbox
}

Describe 'Install-SoApplication -LogPath' {
    It 'logs each object it creates as intended and then done, with its id' {
        $log = Join-Path $TestDrive 'install.jsonl'
        $rows = Install-SoApplication -Path $manifest -LogPath $log -ErrorAction Stop

        $entries = @(Read-Log $log)
        $created = @($rows | Where-Object Status -eq 'Created')
        $created.Count | Should -BeGreaterThan 0
        @($entries | Where-Object { $_.phase -eq 'intent' -and $_.action -eq 'CreateObject' }) | Should -HaveCount $created.Count
        $done = @($entries | Where-Object { $_.phase -eq 'done' -and $_.action -eq 'CreateObject' })
        $done | Should -HaveCount $created.Count
        foreach ($row in $created) {
            $line = $done | Where-Object { $_.kind -eq $row.Kind -and $_.target -eq $row.Key }
            $line | Should -HaveCount 1 -Because "$($row.Kind) $($row.Key)"
            $line.objectId | Should -Be "$($row.Id)"
            $line.application | Should -Be $row.Application
        }
    }

    It 'writes nothing to the log under -WhatIf' {
        $log = Join-Path $TestDrive 'whatif.jsonl'
        Install-SoApplication -Path $manifest -LogPath $log -WhatIf | Out-Null
        Test-Path $log | Should -BeFalse
    }

    It 'settles what a stopped run intended, from what the tenant shows, before writing' {
        $log = Join-Path $TestDrive 'stopped.jsonl'
        $panel = Install-SoApplication -Path $manifest -WhatIf | Where-Object Kind -eq 'WebPanel' | Select-Object -First 1
        $intent = [ordered]@{ time = '2026-01-01T00:00:00Z'; run = 'killed'; command = 'Install-SoApplication'; key = '1'; phase = 'intent'
            action = 'CreateObject'; target = $panel.Key; application = $panel.Application; kind = 'WebPanel' }
        $delete = [ordered]@{} + $intent
        $delete.key = '2'; $delete.action = 'DeleteObject'
        Set-Content $log -Value (($intent | ConvertTo-Json -Compress), ($delete | ConvertTo-Json -Compress))

        Install-SoApplication -Path $manifest -LogPath $log -ErrorAction Stop | Out-Null

        $settled = @(Read-Log $log | Where-Object phase -eq 'reconciled')
        $settled | Should -HaveCount 2
        ($settled | Where-Object action -eq 'CreateObject').outcome | Should -Be 'applied'
        ($settled | Where-Object action -eq 'DeleteObject').outcome | Should -Be 'notApplied'
        $settled[0].intentRun | Should -Be 'killed'
    }
}

Describe 'Uninstall-SoApplication -LogPath' {
    It 'logs each object it removes' {
        $log = Join-Path $TestDrive 'uninstall.jsonl'
        $rows = Uninstall-SoApplication -Path $manifest -LogPath $log -Confirm:$false -ErrorAction Stop

        $removed = @($rows | Where-Object Status -eq 'Removed')
        $removed.Count | Should -BeGreaterThan 0
        @(Read-Log $log | Where-Object { $_.phase -eq 'done' -and $_.action -eq 'DeleteObject' }) | Should -HaveCount $removed.Count
    }
}

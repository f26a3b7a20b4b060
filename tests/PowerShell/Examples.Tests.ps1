# The examples, run as a user runs them: each in a fresh pwsh process, from a built checkout.

BeforeDiscovery {
    $script:examples = @(
        @{ Name = 'Provision-Users'; Expect = 'Created \d+ of \d+ users from Sales' }
        @{ Name = 'Onboard-FromCsv'; Expect = 'Onboarded 4 of 5 new hires' }
        @{ Name = 'Edit-UsersInCsv'; Expect = 'Set-SoUser sent (\d+) write\(s\) for \1 users' }
        @{ Name = 'Sync-Group'; Expect = 'Unchanged re-sync: 0 changes' }
        @{ Name = 'Install-App'; Expect = 'Upgrade to version 2.0.0: the install record says 1.0.0 made the contact panel, so it is pruned' }
        @{ Name = 'Install-App-AllTenants'; Expect = '(?s)Cust10001\s+Succeeded.*Cust10008\s+Succeeded.*Shard 1/1: 8 tenant\(s\) installed, 0 failed, 0 could not sign in' }
    )
}

BeforeAll {
    $script:repoRoot = (Resolve-Path (Join-Path $PSScriptRoot '..' '..')).Path
    # The running pwsh's own executable (under the dotnet tool, the process itself is dotnet).
    $script:pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
}

Describe 'Examples' -Tag 'Examples' {
    It '<Name>.ps1 runs to the end in a fresh pwsh' -ForEach $examples {
        $output = & $pwsh -NoProfile -NonInteractive -File (Join-Path $repoRoot 'examples' "$Name.ps1") 2>&1 | Out-String
        $LASTEXITCODE | Should -Be 0 -Because $output
        $output | Should -Match $Expect
    }
}

Describe 'The CSV round trip' {
    BeforeAll {
        Import-Module (Join-Path $repoRoot 'out' 'SuperOfficeProvisioning' 'SuperOfficeProvisioning.psd1') -Force
        Import-Module (Join-Path $repoRoot 'out' 'SandboxTools' 'SuperOfficeProvisioning.SandboxTools.psd1') -Force
        $script:sandbox = Start-SoSandbox -Seed 21
        Connect-SoTenant -ScimUrl $sandbox.ScimUrl -ScimToken $sandbox.ScimToken -CertificateThumbprint $sandbox.CertificateThumbprint
        Get-MgUser -Filter "department eq 'Support'" -All -Property Id, UserPrincipalName, GivenName, Surname, Mail, AccountEnabled, Department, JobTitle, BusinessPhones, MobilePhone |
            New-SoUser -ErrorAction Stop | Out-Null
    }

    AfterAll {
        Disconnect-SoTenant
        Stop-SoSandbox
    }

    It 'Export-Csv, one column changed, Import-Csv | Set-SoUser: exactly that field changes' {
        $file = Join-Path $TestDrive 'users.csv'
        Get-SoUser | Export-Csv $file
        $before = Import-Csv $file
        $before | ForEach-Object { $_.JobTitle = "$($_.JobTitle) (acting)"; $_ } | Export-Csv $file
        Reset-SoSandboxStats

        $changed = Import-Csv $file | Set-SoUser -ErrorAction Stop

        @($changed) | Should -HaveCount @($before).Count
        (Get-SoSandboxStats).Writes | Should -Be @($before).Count
        $after = @(Get-SoUser) | Sort-Object UserName
        $expected = $before | Sort-Object UserName
        for ($i = 0; $i -lt $expected.Count; $i++) {
            foreach ($column in 'UserName', 'ExternalId', 'DisplayName', 'GivenName', 'Surname', 'Email', 'Department', 'MobilePhone', 'EmployeeId', 'Enabled') {
                "$($after[$i].$column)" | Should -BeExactly "$($expected[$i].$column)" -Because "$column of $($expected[$i].UserName)"
            }
            "$($after[$i].BusinessPhones)" | Should -BeExactly $expected[$i].BusinessPhones
            $after[$i].JobTitle | Should -BeExactly $expected[$i].JobTitle
        }
    }

    It 'writes lists as "a; b", never as a type name' {
        $file = Join-Path $TestDrive 'phones.csv'
        Get-SoUser | Export-Csv $file
        Get-Content $file -Raw | Should -Not -Match 'System\.String\[\]|SoValueList'
    }

    It 'sends nothing when the file comes back unchanged' {
        $file = Join-Path $TestDrive 'same.csv'
        Get-SoUser | Export-Csv $file
        Reset-SoSandboxStats
        Import-Csv $file | Set-SoUser -ErrorAction Stop | Out-Null
        (Get-SoSandboxStats).Writes | Should -Be 0
    }
}

# New-SoUser against a gateway that advertises SCIM Bulk (RFC 7644 section 3.7).

BeforeAll {
    $script:repoRoot = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..'))
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SuperOfficeProvisioning', 'SuperOfficeProvisioning.psd1')) -Force -ErrorAction Stop
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SandboxTools', 'SuperOfficeProvisioning.SandboxTools.psd1')) -Force -ErrorAction Stop
    $script:sandbox = Start-SoSandbox -ScimBulk -Seed 31
    Connect-SoTenant -ScimUrl $sandbox.ScimUrl -ScimToken $sandbox.ScimToken -CertificateThumbprint $sandbox.CertificateThumbprint

    function script:New-Batch([string] $Tag, [int] $Count) {
        foreach ($i in 1..$Count) {
            [pscustomobject]@{ UserPrincipalName = "bulk$i.$Tag@contoso.example"; Id = [guid]::NewGuid().ToString(); GivenName = "Bulk$i"; Surname = $Tag }
        }
    }

    function script:Get-RequestCount([string] $Method, [string] $Suffix) {
        $count = 0
        foreach ($entry in (Get-SoSandboxStats).ByRoute.GetEnumerator()) {
            if ($entry.Key.StartsWith("$Method ") -and $entry.Key.EndsWith($Suffix)) { $count += $entry.Value }
        }
        $count
    }
}

AfterAll {
    Disconnect-SoTenant
    Stop-SoSandbox
}

Describe 'New-SoUser with SCIM Bulk' -Tag 'Faults' {
    It 'creates users with bulk requests instead of one POST each' {
        Reset-SoSandboxStats
        $created = New-Batch 'plain' 100 | New-SoUser -ErrorAction Stop

        $created | Should -HaveCount 100
        Get-RequestCount 'POST' '/Bulk' | Should -BeGreaterThan 0
        Get-RequestCount 'POST' '/Users' | Should -Be 0
        (Get-SoUser -Filter 'userName ew ".plain@contoso.example"') | Should -HaveCount 100
    }

    It 'creates each user exactly once when bulk answers are lost and retried' {
        Set-SoSandboxFault -Seed 3 -LostResponseRate 0.2 -DropConnectionRate 0.05
        try {
            $created = New-Batch 'lossy' 200 | New-SoUser -ErrorVariable failures -ErrorAction SilentlyContinue
        }
        finally {
            Set-SoSandboxFault -Clear
        }

        $failures | Should -HaveCount 0
        $created | Should -HaveCount 200
        $stored = Get-SoUser -Filter 'userName ew ".lossy@contoso.example"'
        $stored | Should -HaveCount 200
    }
}

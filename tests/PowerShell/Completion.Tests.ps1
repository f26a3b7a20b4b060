# Tab completion as a user meets it: TabExpansion2 over a command line being typed.

BeforeAll {
    $script:repoRoot = (Resolve-Path (Join-Path $PSScriptRoot '..' '..')).Path
    Import-Module (Join-Path $repoRoot 'out' 'SuperOfficeProvisioning' 'SuperOfficeProvisioning.psd1') -Force -ErrorAction Stop
    Import-Module (Join-Path $repoRoot 'out' 'SandboxTools' 'SuperOfficeProvisioning.SandboxTools.psd1') -Force -ErrorAction Stop
    $script:sandbox = Start-SoSandbox -Seed 77

    function script:Complete([string] $Line) {
        @((TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches | ForEach-Object CompletionText)
    }
}

AfterAll {
    Disconnect-SoTenant -ErrorAction SilentlyContinue
    Stop-SoSandbox
}

Describe 'Completing SCIM group names' {
    It 'sends no request and offers no group while not connected' {
        Disconnect-SoTenant -ErrorAction SilentlyContinue
        Reset-SoSandboxStats
        Complete 'Sync-SoGroup -GroupName SuperOffice' | Should -Not -Contain "'SuperOffice Sales'"
        (Get-SoSandboxStats).TotalRequests | Should -Be 0
    }

    It 'offers the connected gateway''s groups, quoted where needed, for <Line>' -ForEach @(
        @{ Line = 'Sync-SoGroup -GroupName SuperOffice' }
        @{ Line = 'New-SoUser -UserName a@b.example -Group superoffice' }
        @{ Line = "Sync-SoGroup -GroupName 'SuperOffice S" }
    ) {
        Connect-SoTenant -ScimUrl $sandbox.ScimUrl -ScimToken $sandbox.ScimToken -CertificateThumbprint $sandbox.CertificateThumbprint
        $offered = Complete $Line
        $offered | Should -Contain "'SuperOffice Sales'"
        $offered | ForEach-Object { $_ | Should -Match "^'SuperOffice" }
    }

    It 'reads the groups once, not on every Tab' {
        Connect-SoTenant -ScimUrl $sandbox.ScimUrl -ScimToken $sandbox.ScimToken -CertificateThumbprint $sandbox.CertificateThumbprint
        Complete 'Sync-SoGroup -GroupName Super' | Out-Null
        Reset-SoSandboxStats
        1..3 | ForEach-Object { Complete 'Sync-SoGroup -GroupName Super' | Should -Not -BeNullOrEmpty }
        (Get-SoSandboxStats).TotalRequests | Should -Be 0
    }
}

Describe 'Completing a manifest path' {
    BeforeAll {
        New-Item -ItemType Directory (Join-Path $TestDrive 'apps' 'more') -Force | Out-Null
        Set-Content (Join-Path $TestDrive 'apps' 'acme.app.json') '{}'
        Set-Content (Join-Path $TestDrive 'apps' 'settings.json') '{}'
        New-Item -ItemType Directory (Join-Path $TestDrive 'plain') | Out-Null
        Set-Content (Join-Path $TestDrive 'plain' 'only.json') '{}'
    }

    It 'offers manifests and folders, not other JSON, where a folder holds a manifest' {
        Push-Location (Join-Path $TestDrive 'apps')
        try {
            $offered = Complete 'Install-SoApplication -Path '
            $offered | Should -Contain (Join-Path '.' 'acme.app.json')
            $offered | Should -Contain (Join-Path '.' 'more')
            $offered | Should -Not -Contain (Join-Path '.' 'settings.json')
        }
        finally { Pop-Location }
    }

    It 'offers other JSON files where a folder holds no manifest, for <Command>' -ForEach @(
        @{ Command = 'Test-SoApplication' }, @{ Command = 'Uninstall-SoApplication' }
    ) {
        Push-Location $TestDrive
        try {
            Complete "$Command -Path plain/" | Should -Be @(Join-Path '.' 'plain' 'only.json')
        }
        finally { Pop-Location }
    }
}

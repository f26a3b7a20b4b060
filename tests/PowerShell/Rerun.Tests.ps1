# A re-run finishes the job, and the audit log tells the whole story of a run that was stopped.
# Once for each SCIM server profile its ValidateSet names (Support/ServerProfiles.psd1).
param([ValidateSet('Honest', 'IgnoresStartIndexAndCount', 'TotalIsReturnedCount')] [string] $ServerProfile = 'Honest')

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support' 'ServerProfile.ps1')
    $script:server = Get-ServerProfile $ServerProfile
    $serverParameters = $server.Parameters
    $script:repoRoot = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..'))
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SuperOfficeProvisioning', 'SuperOfficeProvisioning.psd1')) -Force -ErrorAction Stop
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SandboxTools', 'SuperOfficeProvisioning.SandboxTools.psd1')) -Force -ErrorAction Stop
    . ([System.IO.Path]::Combine($PSScriptRoot, 'Support', 'SandboxWeb.ps1'))
    $script:sandbox = Start-SoSandbox -Seed 11 @serverParameters
    Connect-SoTenant -ScimUrl $sandbox.ScimUrl -ScimToken $sandbox.ScimToken -CertificateThumbprint $sandbox.CertificateThumbprint
    [pscustomobject]@{ UserPrincipalName = 'seed@rerun.example' } | Sync-SoGroup -GroupName 'Rerun' -ErrorAction Stop | Out-Null

    function script:New-Person([string] $Name) {
        [pscustomobject]@{ UserPrincipalName = "$Name@rerun.example"; GivenName = $Name; Surname = 'Rerun' }
    }

    function script:Read-Log([string] $Path) {
        # A line torn by a kill is no entry.
        foreach ($line in [System.IO.File]::ReadAllLines($Path)) { if ($line) { try { ConvertFrom-JsonText $line } catch { } } }
    }

    $script:logs = [System.Collections.Generic.List[string]]::new()
    function script:New-LogPath {
        $path = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "rerun-$([guid]::NewGuid()).jsonl")
        $logs.Add($path)
        $path
    }
}

AfterAll {
    foreach ($path in $logs) { [System.IO.File]::Delete($path) }
    Disconnect-SoTenant
    Stop-SoSandbox
}

Describe "New-SoUser -Group run again ($ServerProfile server)" {
    It 'adds an existing user to the group it is missing from, and says so' {
        New-Person 'ann' | New-SoUser -ErrorAction Stop | Out-Null
        Get-ScimGroupMemberNames -Sandbox $sandbox -GroupName 'Rerun' | Should -Not -Contain 'ann Rerun'

        New-Person 'ann' | New-SoUser -Group 'Rerun' -ErrorVariable problems -ErrorAction SilentlyContinue

        $problems | Should -HaveCount 1
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'UserAlreadyExists,*'
        $problems[0].Exception.Message | Should -Match "added to the group\(s\) it was missing from: 'Rerun'"
        Get-ScimGroupMemberNames -Sandbox $sandbox -GroupName 'Rerun' | Should -Contain 'ann Rerun'
    }

    It 'adds nothing to a user already in the group, and -WhatIf adds nothing at all' {
        New-Person 'bob' | New-SoUser -ErrorAction Stop | Out-Null
        Reset-SoSandboxStats
        New-Person 'bob' | New-SoUser -Group 'Rerun' -WhatIf -ErrorAction SilentlyContinue
        (Get-SoSandboxStats).Writes | Should -Be 0

        New-Person 'ann' | New-SoUser -Group 'Rerun' -ErrorVariable problems -ErrorAction SilentlyContinue
        (Get-SoSandboxStats).Writes | Should -Be 0
        $problems[0].Exception.Message | Should -Not -Match 'added to'
    }
}

Describe "The audit log of the user writers ($ServerProfile server)" {
    It 'logs each create and membership as intended, then done, with the SCIM id' {
        $log = New-LogPath
        New-Person 'cy' | New-SoUser -Group 'Rerun' -LogPath $log -ErrorAction Stop | Out-Null

        $entries = @(Read-Log $log)
        ($entries | ForEach-Object { "$($_.phase) $($_.action) $($_.target)" }) | Should -Be @(
            'intent CreateUser cy@rerun.example', 'done CreateUser cy@rerun.example',
            'intent AddMember cy@rerun.example', 'done AddMember cy@rerun.example')
        $entries[1].scimId | Should -BeExactly (Get-SoUser -UserName 'cy@rerun.example').ScimId
        $entries[2].group | Should -BeExactly 'Rerun'
        $entries[0].attributes.userName | Should -BeExactly 'cy@rerun.example'
    }

    It 'settles the intents a stopped run left open by reading the tenant' {
        # What a run killed after sending two creates and before their answers leaves behind: two intents, a torn line.
        New-Person 'dee' | New-SoUser -ErrorAction Stop | Out-Null
        $log = New-LogPath
        $stopped = 'stopped-run'
        $lines = @(
            "{`"time`":`"2026-01-01T00:00:00Z`",`"run`":`"$stopped`",`"command`":`"New-SoUser`",`"key`":`"1`",`"phase`":`"intent`",`"action`":`"CreateUser`",`"target`":`"dee@rerun.example`"}"
            "{`"time`":`"2026-01-01T00:00:00Z`",`"run`":`"$stopped`",`"command`":`"New-SoUser`",`"key`":`"2`",`"phase`":`"intent`",`"action`":`"CreateUser`",`"target`":`"never@rerun.example`"}"
            "{`"time`":`"2026-01-01T00:00:00Z`",`"run`":`"$stopped`",`"comm"
        )
        [System.IO.File]::WriteAllText($log, ($lines -join "`n"))

        New-Person 'eve' | New-SoUser -LogPath $log -ErrorAction Stop | Out-Null

        $text = [System.IO.File]::ReadAllLines($log)
        $text[2] | Should -BeExactly "{`"time`":`"2026-01-01T00:00:00Z`",`"run`":`"$stopped`",`"comm"
        $entries = @(Read-Log $log | Where-Object { $_.phase -eq 'reconciled' })
        $entries | Should -HaveCount 2
        ($entries | Where-Object { $_.target -eq 'dee@rerun.example' }).outcome | Should -BeExactly 'applied'
        ($entries | Where-Object { $_.target -eq 'never@rerun.example' }).outcome | Should -BeExactly 'notApplied'
        $entries[0].intentRun | Should -BeExactly $stopped

        # Settled once: the next run finds nothing left open.
        New-Person 'fay' | New-SoUser -LogPath $log -ErrorAction Stop | Out-Null
        @(Read-Log $log | Where-Object { $_.phase -eq 'reconciled' }) | Should -HaveCount 2
    }

    It 'settles them even when the run after writes nothing' {
        New-Person 'gil' | New-SoUser -Group 'Rerun' -ErrorAction Stop | Out-Null
        $log = New-LogPath
        $intent = "{`"time`":`"2026-01-01T00:00:00Z`",`"run`":`"stopped`",`"command`":`"New-SoUser`",`"key`":`"1`",`"phase`":`"intent`",`"action`":`"CreateUser`",`"target`":`"gil@rerun.example`"}"
        [System.IO.File]::WriteAllText($log, $intent + "`n")
        Reset-SoSandboxStats

        New-Person 'gil' | New-SoUser -Group 'Rerun' -LogPath $log -ErrorAction SilentlyContinue

        (Get-SoSandboxStats).Writes | Should -Be 0
        $settled = @(Read-Log $log | Where-Object { $_.phase -eq 'reconciled' })
        $settled | Should -HaveCount 1
        $settled[0].outcome | Should -BeExactly 'applied'
    }

    It 'refuses a log it cannot open before anything is written' {
        Reset-SoSandboxStats
        $dir = [System.IO.Path]::GetTempPath()
        { New-Person 'gus' | New-SoUser -LogPath $dir -ErrorAction Stop } | Should -Throw -ErrorId 'LogPathUnusable,*'
        (Get-SoSandboxStats).Writes | Should -Be 0
    }
}

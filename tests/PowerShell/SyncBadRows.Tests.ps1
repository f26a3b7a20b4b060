# An input row Sync-SoGroup cannot read is never a reason to remove, disable or delete its user.
# Once for each SCIM server profile (Support/ServerProfiles.psd1).
param([string] $ServerProfile = 'Honest')

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support' 'ServerProfile.ps1')
    $script:server = Get-ServerProfile $ServerProfile
    $serverParameters = $server.Parameters
    $script:repoRoot = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..'))
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SuperOfficeProvisioning', 'SuperOfficeProvisioning.psd1')) -Force -ErrorAction Stop
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SandboxTools', 'SuperOfficeProvisioning.SandboxTools.psd1')) -Force -ErrorAction Stop
    $script:sandbox = Start-SoSandbox -Seed 7 @serverParameters
    Connect-SoTenant -ScimUrl $sandbox.ScimUrl -ScimToken $sandbox.ScimToken -CertificateThumbprint $sandbox.CertificateThumbprint

    # Rows as Import-Csv gives them: every value a string.
    function script:New-Row([int] $n) {
        [pscustomobject]@{
            UserPrincipalName = "row$n@badrows.example"; Id = "badrows-$n"; GivenName = "Row"; Surname = "Number$n"
            Mail = "row$n@badrows.example"; JobTitle = 'Clerk'; AccountEnabled = 'true'
        }
    }

    . ([System.IO.Path]::Combine($PSScriptRoot, 'Support', 'SandboxWeb.ps1'))
    function script:Get-Members([string] $Group) { Get-ScimGroupMemberNames -Sandbox $sandbox -GroupName $Group }

    $script:group = 'Bad Rows'
    $script:rows = 1..6 | ForEach-Object { New-Row $_ }
    $first = $rows | Sync-SoGroup -GroupName $group -ErrorAction Stop
    $first.MembersAdded | Should -Be 6
}

AfterAll {
    Disconnect-SoTenant
    Stop-SoSandbox
}

Describe "Sync-SoGroup with rows that fail validation ($ServerProfile server)" {
    It 'keeps each such member, active and in the group, even with -RemovedMemberAction Delete' {
        $bad = @(
            (New-Row 1) | ForEach-Object { $_.JobTitle = 'x' * 129; $_ }
            (New-Row 2) | ForEach-Object { $_.AccountEnabled = ''; $_ }
            (New-Row 3) | ForEach-Object { $_.GivenName = "Ro`tw"; $_ }
            (New-Row 4) | ForEach-Object { $_.Mail = 'not-an-address'; $_ }
        )
        $input = $bad + @((New-Row 5), (New-Row 6))

        $result = $input | Sync-SoGroup -GroupName $group -RemovedMemberAction Delete -ErrorVariable problems -ErrorAction SilentlyContinue

        $problems | Should -HaveCount 4
        $problems[0].Exception.Message | Should -Match 'row1@badrows\.example.*JobTitle'
        $problems[1].Exception.Message | Should -Match 'row2@badrows\.example.*AccountEnabled|row2@badrows\.example.*Enabled'
        $problems[2].Exception.Message | Should -Match 'row3@badrows\.example.*GivenName'
        $problems[3].Exception.Message | Should -Match 'row4@badrows\.example.*Email'
        $result.Deleted | Should -Be 0
        $result.Disabled | Should -Be 0
        $result.MembersRemoved | Should -Be 0
        $result.Unreadable | Should -Be 4
        $result.Held | Should -Be 4
        $result.Changes | Should -HaveCount 0
        Get-Members $group | Should -Be @(1..6 | ForEach-Object { "Row Number$_" })
        @(Get-SoSandboxUser | Where-Object { $_.UserName -like '*@badrows.example' -and -not $_.Active }) | Should -HaveCount 0
        (Get-SoUser -UserName 'row1@badrows.example').JobTitle | Should -BeExactly 'Clerk'
    }

    It 'removes no member at all while a row names no user, and says so' {
        $nameless = [pscustomobject]@{ UserPrincipalName = "bad`tname"; GivenName = 'Who' }
        $input = @($nameless) + @(2..6 | ForEach-Object { New-Row $_ })

        $result = $input | Sync-SoGroup -GroupName $group -ErrorVariable problems -ErrorAction SilentlyContinue -WarningVariable warnings -WarningAction SilentlyContinue

        $problems | Should -HaveCount 1
        $result.MembersRemoved | Should -Be 0
        $result.RemovalsWithheld | Should -Be 1
        $warnings | Should -HaveCount 1
        $warnings[0].Message | Should -Match 'RemovalsWithheld'
        Get-Members $group | Should -Contain 'Row Number1'
    }

    It 'removes a leaver once every row reads' {
        $result = 2..6 | ForEach-Object { New-Row $_ } | Sync-SoGroup -GroupName $group -ErrorAction Stop

        $result.MembersRemoved | Should -Be 1
        Get-Members $group | Should -Not -Contain 'Row Number1'
    }
}

Describe "Sync-SoGroup fed by a Graph query that comes back empty ($ServerProfile server)" {
    It 'refuses to empty the group: an empty answer is more often a failed query than an empty group' {
        # As an admin's own test would: Graph's cmdlet (here its stand-in) mocked to answer nothing.
        Mock Get-MgGroupMember { }
        Reset-SoSandboxStats

        { Get-MgGroupMember -GroupId 'any' -All | Sync-SoGroup -GroupName $group -ErrorAction Stop } | Should -Throw -ErrorId 'RemovalThresholdExceeded,*'

        Should -Invoke Get-MgGroupMember -Times 1 -Exactly
        (Get-SoSandboxStats).Writes | Should -Be 0
        Get-Members $group | Should -Not -BeNullOrEmpty
    }
}

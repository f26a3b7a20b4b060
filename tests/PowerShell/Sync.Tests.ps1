# Sync-SoGroup against a sandbox tenant whose SCIM rules give roles and licences by group.
# Once for each SCIM server profile (Support/ServerProfiles.psd1).
param([string] $ServerProfile = 'Honest')

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support' 'ServerProfile.ps1')
    $script:server = Get-ServerProfile $ServerProfile
    $serverParameters = $server.Parameters
    $script:repoRoot = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..'))
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SuperOfficeProvisioning', 'SuperOfficeProvisioning.psd1')) -Force -ErrorAction Stop
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SandboxTools', 'SuperOfficeProvisioning.SandboxTools.psd1')) -Force -ErrorAction Stop
    # A fresh copy of the example directory: the joiners and leavers of an earlier profile's run are not in it.
    Import-SoEntraDirectory -Path ([System.IO.Path]::Combine($repoRoot, 'examples', 'data', 'entra-directory.json'))
    $script:sandbox = Start-SoSandbox -Seed 99 @serverParameters
    Connect-SoTenant -ScimUrl $sandbox.ScimUrl -ScimToken $sandbox.ScimToken -CertificateThumbprint $sandbox.CertificateThumbprint

    $script:salesId = (Get-MgGroup -Filter "displayName eq 'SuperOffice Sales'").Id
    function script:Get-SalesMembers { Get-MgGroupMember -GroupId $salesId -All }
}

AfterAll {
    Disconnect-SoTenant
    Stop-SoSandbox
}

Describe "Sync-SoGroup ($ServerProfile server)" {
    It 'makes the initial sync: creates the users and the memberships, and the rules give the role' {
        $members = Get-SalesMembers
        $result = $members | Sync-SoGroup -GroupName 'SuperOffice Sales' -GroupId $salesId -ErrorAction Stop

        $result.PSObject.TypeNames | Should -Contain 'SuperOffice.SyncResult'
        $result.Created | Should -Be @($members).Count
        $result.MembersAdded | Should -Be @($members).Count
        $result.Failed | Should -Be 0
        $result.GroupExternalId | Should -BeExactly $salesId
        $someone = $members[0].AdditionalProperties['userPrincipalName']
        (Get-SoSandboxUser -UserName $someone).Role | Should -Not -BeNullOrEmpty
        (Get-SoSandboxUser -UserName $someone).LicenseOwners | Should -Not -BeNullOrEmpty
    }

    It 'sends no write when nothing changed' {
        Reset-SoSandboxStats
        $result = Get-SalesMembers | Sync-SoGroup -GroupName 'SuperOffice Sales' -GroupId $salesId
        (Get-SoSandboxStats).Writes | Should -Be 0
        $result.Changes | Should -HaveCount 0
        $result.Unchanged | Should -Be @(Get-SalesMembers).Count
    }

    It 'adds a joiner' {
        Add-SoEntraUser -UserPrincipalName 'joiner@contoso.example' -GivenName 'Jo' -Surname 'Iner' -Department 'Sales' -Group 'SuperOffice Sales' | Out-Null

        $result = Get-SalesMembers | Sync-SoGroup -GroupName 'SuperOffice Sales' -GroupId $salesId

        $result.Created | Should -Be 1
        $result.MembersAdded | Should -Be 1
        (Get-SoSandboxUser -UserName 'joiner@contoso.example').Role | Should -Not -BeNullOrEmpty
    }

    It 'updates a changed attribute and nothing else' {
        $member = @(Get-SalesMembers)[1]
        Set-SoEntraUser -UserId $member.Id -JobTitle 'Chief Seller'
        Reset-SoSandboxStats

        $result = Get-SalesMembers | Sync-SoGroup -GroupName 'SuperOffice Sales' -GroupId $salesId

        $result.Updated | Should -Be 1
        $result.Changes[0].Attributes.Keys | Should -Contain 'title'
        (Get-SoSandboxStats).Writes | Should -Be 1
        (Get-SoUser -ExternalId $member.Id).JobTitle | Should -BeExactly 'Chief Seller'
    }

    It 'reactivates a member who was disabled in SuperOffice' {
        $member = @(Get-SalesMembers)[2]
        Get-SoUser -ExternalId $member.Id | Remove-SoUser -Confirm:$false

        $result = Get-SalesMembers | Sync-SoGroup -GroupName 'SuperOffice Sales' -GroupId $salesId

        $result.Reactivated | Should -Be 1
        (Get-SoUser -ExternalId $member.Id).Enabled | Should -BeTrue
    }

    It 'handles a leaver with <Action>' -ForEach @(
        @{ Action = 'RemoveFromGroup'; Enabled = $true; Exists = $true }
        @{ Action = 'Disable'; Enabled = $false; Exists = $true }
        @{ Action = 'Delete'; Enabled = $null; Exists = $false }
    ) {
        $leaver = @(Get-SalesMembers)[3]
        Remove-SoEntraGroupMember -GroupId $salesId -MemberId $leaver.Id

        $result = Get-SalesMembers | Sync-SoGroup -GroupName 'SuperOffice Sales' -GroupId $salesId -RemovedMemberAction $Action

        $result.Failed | Should -Be 0
        $user = Get-SoUser -ExternalId $leaver.Id -ErrorAction SilentlyContinue
        if ($Exists) {
            $user.Enabled | Should -Be $Enabled
            (Get-SoSandboxUser -UserName $user.UserName).OtherGroups | Should -Not -Contain 'SuperOffice Sales'
        }
        else {
            $user | Should -BeNullOrEmpty
        }
    }

    It 'refuses more removals than -MaxRemovals, and -Force allows them' {
        $members = @(Get-SalesMembers)
        $kept = $members[0..($members.Count - 6)]

        { $kept | Sync-SoGroup -GroupName 'SuperOffice Sales' -GroupId $salesId -MaxRemovals 4 -ErrorAction Stop } |
            Should -Throw -ErrorId 'RemovalThresholdExceeded,*'
        $kept | Sync-SoGroup -GroupName 'SuperOffice Sales' -GroupId $salesId -MaxRemovals 4 -Force | ForEach-Object { $_.MembersRemoved } | Should -Be 5

        $members | Sync-SoGroup -GroupName 'SuperOffice Sales' -GroupId $salesId | ForEach-Object { $_.MembersAdded } | Should -Be 5
    }

    It 'refuses an empty member list against a group that has members' {
        Reset-SoSandboxStats
        try {
            @() | Sync-SoGroup -GroupName 'SuperOffice Sales' -GroupId $salesId -ErrorAction Stop
            throw 'expected a refusal'
        }
        catch {
            $_.FullyQualifiedErrorId | Should -Match '^RemovalThresholdExceeded'
            $_.Exception.Message | Should -Match 'no members'
        }
        (Get-SoSandboxStats).Writes | Should -Be 0
    }

    It 'returns the complete plan with -WhatIf and writes nothing' {
        $members = @(Get-SalesMembers)
        Reset-SoSandboxStats

        $plan = $members[0..9] | Sync-SoGroup -GroupName 'SuperOffice Sales' -GroupId $salesId -Force -WhatIf

        (Get-SoSandboxStats).Writes | Should -Be 0
        $plan.WhatIf | Should -BeTrue
        $plan.MembersRemoved | Should -Be ($members.Count - 10)
        ($plan.Changes | Where-Object { $_.Status -ne 'Planned' }) | Should -BeNullOrEmpty
    }

    It 'skips members that are not users, with a warning naming them' {
        $group = Get-MgGroup -Filter "displayName eq 'SuperOffice Support'"
        $members = Get-MgGroupMember -GroupId $group.Id -All
        $nonUsers = @($members | Where-Object { $_.AdditionalProperties['@odata.type'] -ne '#microsoft.graph.user' })
        $nonUsers.Count | Should -BeGreaterThan 0

        $result = $members | Sync-SoGroup -GroupName 'SuperOffice Support' -GroupId $group.Id -WarningVariable warnings -WarningAction SilentlyContinue

        $warnings | Should -HaveCount $nonUsers.Count
        $warnings[0].Message | Should -Match 'not a user'
        $result.DesiredMembers | Should -Be ($members.Count - $nonUsers.Count)
    }

    It 'logs each applied change to -LogPath as intended and then done, without secrets' {
        $log = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "sync-$([guid]::NewGuid()).jsonl")
        try {
            # A group no SCIM rule names, so the sync creates it too.
            $engineering = Get-MgGroup -Filter "displayName eq 'Engineering'"
            $result = Get-MgGroupMember -GroupId $engineering.Id -All | Sync-SoGroup -GroupName 'Engineering' -GroupId $engineering.Id -LogPath $log

            $lines = [System.IO.File]::ReadAllLines($log)
            $applied = @($result.Changes | Where-Object { $_.Status -eq 'Applied' })
            $lines | Should -HaveCount (2 * $applied.Count)
            $lines[0] | Should -Match '"phase":"intent","action":"CreateGroup"'
            $lines[1] | Should -Match '"phase":"done","action":"CreateGroup"'
            @($lines | Where-Object { $_ -match '"phase":"done"' }) | Should -HaveCount $applied.Count
            $text = [System.IO.File]::ReadAllText($log)
            $token = [System.Net.NetworkCredential]::new('', $sandbox.ScimToken).Password
            $text.Contains($token) | Should -BeFalse
            $text | Should -Not -Match 'Bearer'
        }
        finally {
            [System.IO.File]::Delete($log)
        }
    }
}

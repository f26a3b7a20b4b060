# Listing, lookups and writes on every kind of SCIM server (Support/ServerProfiles.psd1): honest paging, servers that
# ignore startIndex (and count), that report as the total what they returned, that cap count, RFC 9865 cursors, and a
# reference implementation's strict habits. Each user is listed once, and either all of them or a warning.

BeforeDiscovery {
    # Every server profile of Support/ServerProfiles.psd1, in one file so that their plans can be compared.
    $script:servers = (Import-PowerShellDataFile (Join-Path $PSScriptRoot 'Support' 'ServerProfiles.psd1')).Profiles
}

BeforeAll {
    $script:repoRoot = (Resolve-Path (Join-Path $PSScriptRoot '..' '..')).Path
    Import-Module (Join-Path $repoRoot 'out' 'SuperOfficeProvisioning' 'SuperOfficeProvisioning.psd1') -Force -ErrorAction Stop
    Import-Module (Join-Path $repoRoot 'out' 'SandboxTools' 'SuperOfficeProvisioning.SandboxTools.psd1') -Force -ErrorAction Stop
    $script:people = 1..250 | ForEach-Object {
        [pscustomobject]@{ UserPrincipalName = "person$_@paging.example"; Id = "paging-$_"; GivenName = 'Person'; Surname = "$_" }
    }
    $script:members = 1..250 | ForEach-Object {
        [pscustomobject]@{ UserPrincipalName = "member$_@paging.example"; Id = "member-$_"; GivenName = 'Member'; Surname = "$_"; JobTitle = 'Clerk' }
    }
    # The input of a later sync: five new job titles, three joiners, two leavers.
    $script:changed = @($members | Select-Object -Skip 2 | ForEach-Object {
            $row = $_.PSObject.Copy()
            if ($row.Surname -in '10', '20', '30', '40', '50') { $row.JobTitle = 'Lead' }
            $row
        }) + @(251..253 | ForEach-Object { [pscustomobject]@{ UserPrincipalName = "member$_@paging.example"; Id = "member-$_"; GivenName = 'Member'; Surname = "$_"; JobTitle = 'Clerk' } })
    $script:plans = [ordered]@{}
}

Describe 'A SCIM server of the <Name> profile' -ForEach $servers {
    BeforeAll {
        $serverParameters = $Parameters
        $script:sandbox = Start-SoSandbox -Seed 31 @serverParameters
        Connect-SoTenant -ScimUrl $sandbox.ScimUrl -ScimToken $sandbox.ScimToken -CertificateThumbprint $sandbox.CertificateThumbprint
        $people | New-SoUser -ErrorAction Stop | Out-Null
    }

    AfterAll {
        Disconnect-SoTenant
        Stop-SoSandbox
    }

    It 'lists each user once, and all of them or a ScimListingIncomplete warning' {
        $listed = @(Get-SoUser -WarningVariable warnings -WarningAction SilentlyContinue)

        @($listed.ScimId | Select-Object -Unique) | Should -HaveCount $listed.Count
        if ($ListsWhole) {
            $listed | Should -HaveCount 250
            $warnings | Should -HaveCount 0
        }
        else {
            $listed.Count | Should -BeLessThan 250
            $warnings | Should -HaveCount 1
            $warnings[0].Message | Should -Match '\(ScimListingIncomplete\)$'
            $warnings[0].Message | Should -Match "$($listed.Count)"
        }
    }

    It 'shows on the connection what the gateway has shown it can do' {
        $capabilities = (Get-SoConnection).ScimCapabilities
        $cursors = [bool]$Parameters.ScimCursorPaging
        $paging = if ($cursors) { $null } else { $ListsWhole }
        $capabilities.HonestPaging | Should -Be $paging -Because "$capabilities"
        $capabilities.OrFilters | Should -Be (-not $Parameters.ScimNoOrFilters)
        $capabilities.CursorPaging | Should -Be $cursors
    }

    It 'reports an update and a de-provisioning as the server then holds them, whatever PATCH answers' {
        (Set-SoUser -UserName 'person7@paging.example' -JobTitle 'Auditor' -ErrorAction Stop).JobTitle | Should -Be 'Auditor'
        (Remove-SoUser -UserName 'person8@paging.example' -PassThru -Confirm:$false -ErrorAction Stop).Enabled | Should -BeFalse
        (Get-SoUser -UserName 'person7@paging.example').JobTitle | Should -Be 'Auditor'
    }

    It 'reads the server''s refusals in either error shape' {
        $id = if ($Parameters.ScimProblemJsonErrors) { 'ScimRequestRejected' } else { 'ScimInvalidFilter' }
        { Get-SoUser -Filter 'userName eq' -ErrorAction Stop } | Should -Throw -ErrorId "$id,*"
    }

    It 'finds any user by name, whatever the listing can do' {
        (Get-SoUser -UserName 'person250@paging.example').ExternalId | Should -Be 'paging-250'
    }

    It 'gives UserAlreadyExists for existing users, their names in any case, and makes no duplicate' {
        Reset-SoSandboxStats
        $again = $people | Select-Object -Last 30 | ForEach-Object -Begin { $i = 0 } -Process {
            # Every other one as Entra may send it after a rename that changed only case, without its object id.
            if ($i++ % 2) { [pscustomobject]@{ UserPrincipalName = $_.UserPrincipalName.ToUpperInvariant(); GivenName = 'Person' } } else { $_ }
        }
        $again | New-SoUser -ErrorVariable problems -ErrorAction SilentlyContinue | Out-Null

        $problems | Should -HaveCount 30
        $problems | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'UserAlreadyExists,*' }
        (Get-SoSandboxStats).Writes | Should -Be 0
        @(Get-SoSandboxUser | Where-Object UserName -like 'person*@paging.example') | Should -HaveCount 250
    }

    It 'syncs 250 members: the group and every user created once; a re-sync writes nothing; leavers go' {
        $first = $members | Sync-SoGroup -GroupName 'Paging' -GroupId 'entra-paging' -ErrorAction Stop
        $first.Created | Should -Be 250
        $first.MembersAdded | Should -Be 250
        @(Get-SoSandboxUser | Where-Object UserName -like 'member*@paging.example') | Should -HaveCount 250

        Reset-SoSandboxStats
        $again = $members | Sync-SoGroup -GroupName 'Paging' -GroupId 'entra-paging' -ErrorAction Stop
        (Get-SoSandboxStats).Writes | Should -Be 0
        $again.Unchanged | Should -Be 250

        $script:plans[$Name] = @(($changed | Sync-SoGroup -GroupName 'Paging' -GroupId 'entra-paging' -WhatIf).Changes | ForEach-Object { "$($_.Action) $($_.Target)" } | Sort-Object)

        $leaving = $members | Select-Object -Skip 10
        $after = $leaving | Sync-SoGroup -GroupName 'Paging' -GroupId 'entra-paging' -ErrorAction Stop
        $after.MembersRemoved | Should -Be 10
        $after.Created | Should -Be 0
    }
}

Describe 'The plan of a sync' {
    It 'is the same on every server, paging honestly or not' {
        $plans.Count | Should -Be (Import-PowerShellDataFile (Join-Path $PSScriptRoot 'Support' 'ServerProfiles.psd1')).Profiles.Count
        $honest = $plans['Honest']
        $honest | Should -Contain 'CreateUser member251@paging.example'
        $honest | Should -Contain 'UpdateUser member10@paging.example'
        $honest | Should -Contain 'RemoveMember member1@paging.example'
        $honest | Should -HaveCount (3 + 3 + 5 + 2)
        foreach ($server in $plans.Keys) {
            $plans[$server] | Should -Be $honest -Because "the plan on the $server server"
        }
    }
}

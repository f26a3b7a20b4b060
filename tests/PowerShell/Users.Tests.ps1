# New-SoUser, Get-SoUser, Set-SoUser and Remove-SoUser against a sandbox tenant's SCIM gateway, once for each SCIM
# server profile (Support/ServerProfiles.psd1).
param([string] $ServerProfile = 'Honest')

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support' 'ServerProfile.ps1')
    $script:server = Get-ServerProfile $ServerProfile
    $serverParameters = $server.Parameters
    $script:repoRoot = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..'))
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SuperOfficeProvisioning', 'SuperOfficeProvisioning.psd1')) -Force -ErrorAction Stop
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SandboxTools', 'SuperOfficeProvisioning.SandboxTools.psd1')) -Force -ErrorAction Stop
    $script:sandbox = Start-SoSandbox -Seed 4242 @serverParameters
    Connect-SoTenant -ScimUrl $sandbox.ScimUrl -ScimToken $sandbox.ScimToken -CertificateThumbprint $sandbox.CertificateThumbprint

    function script:New-TestUser([string] $Name, [hashtable] $Extra = @{}) {
        $user = @{ UserPrincipalName = "$Name@contoso.example"; Id = [guid]::NewGuid().ToString(); GivenName = $Name; Surname = 'Tester' }
        foreach ($key in $Extra.Keys) { $user[$key] = $Extra[$key] }
        [pscustomobject]$user
    }
}

AfterAll {
    Disconnect-SoTenant
    Stop-SoSandbox
}

Describe "New-SoUser ($ServerProfile server)" {
    It 'creates users from Get-MgUser objects with Entra''s mapping' {
        $source = Get-MgUser -Filter "department eq 'Finance'" -All -Property Id, UserPrincipalName, GivenName, Surname, DisplayName, Mail, AccountEnabled, Department, JobTitle, MobilePhone, BusinessPhones, EmployeeId, PreferredLanguage
        $created = $source | New-SoUser -ErrorAction Stop

        $created | Should -HaveCount @($source).Count
        $first = @($source)[0]
        $user = Get-SoUser -UserName $first.UserPrincipalName
        $user.ExternalId | Should -BeExactly $first.Id
        $user.GivenName | Should -BeExactly $first.GivenName
        $user.Email | Should -BeExactly $first.Mail
        $user.Department | Should -BeExactly 'Finance'
        $user.Enabled | Should -Be $first.AccountEnabled
        $user.PSObject.TypeNames | Should -Contain 'SuperOffice.User'
    }

    It 'creates users from Get-MgGroupMember directory objects' {
        $group = Get-MgGroup -Filter "displayName eq 'SuperOffice Admins'"
        $members = Get-MgGroupMember -GroupId $group.Id -All
        $members[0].AdditionalProperties['@odata.type'] | Should -BeExactly '#microsoft.graph.user'

        $created = $members | New-SoUser -ErrorAction Stop

        $created | Should -HaveCount @($members).Count
        (Get-SoUser -ExternalId $members[0].Id).UserName | Should -BeExactly $members[0].AdditionalProperties['userPrincipalName']
    }

    It 'maps a fax number as Entra does, from -FaxNumber and from a directory object''s faxNumber' {
        New-TestUser 'fax.param' @{ FaxNumber = '+47 22 00 00 09' } | New-SoUser -ErrorAction Stop | Out-Null
        [pscustomobject]@{ AdditionalProperties = @{ userPrincipalName = 'fax.graph@contoso.example'; id = [guid]::NewGuid().ToString(); faxNumber = '+47 22 00 00 08' } } |
            New-SoUser -ErrorAction Stop | Out-Null

        (Get-SoUser -UserName 'fax.param@contoso.example').FaxNumber | Should -BeExactly '+47 22 00 00 09'
        (Get-SoUser -UserName 'fax.graph@contoso.example').FaxNumber | Should -BeExactly '+47 22 00 00 08'
        Set-SoUser -UserName 'fax.param@contoso.example' -FaxNumber '' -ErrorAction Stop | Out-Null
        (Get-SoUser -UserName 'fax.param@contoso.example').FaxNumber | Should -BeNullOrEmpty
    }

    It 'reads CSV rows, where every value is text' {
        # What Import-Csv gives for: UserPrincipalName,GivenName,Surname,AccountEnabled,BusinessPhones
        $rows = @(
            [pscustomobject]@{ UserPrincipalName = 'csv.one@contoso.example'; GivenName = 'Csv'; Surname = 'One'; AccountEnabled = 'TRUE'; BusinessPhones = '+47 22 00 00 01' }
            [pscustomobject]@{ UserPrincipalName = 'csv.two@contoso.example'; GivenName = 'Csv'; Surname = 'Two'; AccountEnabled = 'false'; BusinessPhones = '' }
        )

        $rows | New-SoUser -ErrorAction Stop | Should -HaveCount 2

        (Get-SoUser -UserName 'csv.one@contoso.example').Enabled | Should -BeTrue
        (Get-SoUser -UserName 'csv.two@contoso.example').Enabled | Should -BeFalse
        (Get-SoUser -UserName 'csv.one@contoso.example').BusinessPhones | Should -Contain '+47 22 00 00 01'
    }

    It 'adds new users to a SCIM group with -Group' {
        Get-MgGroupMember -GroupId (Get-MgGroup -Filter "displayName eq 'SuperOffice Support'").Id -All |
            Sync-SoGroup -GroupName 'SuperOffice Support' | Out-Null
        $user = New-TestUser 'grouped'
        $user | New-SoUser -Group 'SuperOffice Support' -ErrorAction Stop | Out-Null

        (Get-SoSandboxUser -UserName $user.UserPrincipalName).Role | Should -Not -BeNullOrEmpty
    }

    It 'reports an existing user as UserAlreadyExists and carries on' {
        $existing = New-TestUser 'existing'
        $existing | New-SoUser | Out-Null
        $fresh = New-TestUser 'fresh'

        $created = $existing, $fresh | New-SoUser -ErrorVariable failures -ErrorAction SilentlyContinue

        $created | Should -HaveCount 1
        $failures | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -Match '^UserAlreadyExists'
        $failures[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        $failures[0].TargetObject.UserPrincipalName | Should -BeExactly $existing.UserPrincipalName
    }

    It 'reports an existing user as UserAlreadyExists when only the case of its name differs, and makes no second one' {
        $existing = New-TestUser 'cased'
        $existing | New-SoUser | Out-Null
        $shouted = [pscustomobject]@{ UserPrincipalName = $existing.UserPrincipalName.ToUpperInvariant(); GivenName = 'Cased' }

        $shouted | New-SoUser -ErrorVariable failures -ErrorAction SilentlyContinue | Should -BeNullOrEmpty

        $failures | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -Match '^UserAlreadyExists'
        @(Get-SoSandboxUser | Where-Object UserName -EQ $existing.UserPrincipalName) | Should -HaveCount 1
    }

    It 'reports a missing group as GroupNotFound and creates nothing' {
        $user = New-TestUser 'groupless'
        { $user | New-SoUser -Group 'No Such Group' -ErrorAction Stop } | Should -Throw -ErrorId 'GroupNotFound,*'
        { Get-SoUser -UserName $user.UserPrincipalName -ErrorAction Stop } | Should -Throw -ErrorId 'UserNotFound,*'
    }

    It 'writes nothing with -WhatIf' {
        Reset-SoSandboxStats
        (New-TestUser 'whatif1'), (New-TestUser 'whatif2') | New-SoUser -WhatIf | Should -BeNullOrEmpty
        (Get-SoSandboxStats).Writes | Should -Be 0
    }
}

Describe "Bad input ($ServerProfile server)" {
    BeforeAll {
        $script:longName = 'x' * 65
    }

    It 'refuses <Case> with <ErrorId>, writes nothing for it, and creates the valid records around it' -ForEach @(
        @{ Case = 'a missing user name'; ErrorId = 'UserNameMissing'; Bad = @{ GivenName = 'Nobody' } }
        @{ Case = 'a malformed user name'; ErrorId = 'UserNameInvalid'; Bad = @{ UserPrincipalName = 'not an address' } }
        @{ Case = 'a control character'; ErrorId = 'ControlCharacters'; Bad = @{ UserPrincipalName = 'ctrl@contoso.example'; Surname = "Tab`there" } }
        @{ Case = 'an over-long name'; ErrorId = 'ValueTooLong'; Bad = @{ UserPrincipalName = 'long@contoso.example'; GivenName = ('x' * 65) } }
        @{ Case = 'a wrong type'; ErrorId = 'WrongType'; Bad = @{ UserPrincipalName = 'typed@contoso.example'; JobTitle = @{ title = 'x' } } }
        @{ Case = 'a text that is not a boolean'; ErrorId = 'InvalidValue'; Bad = @{ UserPrincipalName = 'bool@contoso.example'; AccountEnabled = 'maybe' } }
    ) {
        $tag = [guid]::NewGuid().ToString('N').Substring(0, 8)
        $before = New-TestUser "before.$tag"
        $after = New-TestUser "after.$tag"
        Reset-SoSandboxStats

        $created = $before, [pscustomobject]$Bad, $after | New-SoUser -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -Match "^$ErrorId,"
        $failures[0].Exception.Message | Should -Match 'Nothing was sent'
        $created | Should -HaveCount 2
        (Get-SoSandboxStats).Writes | Should -Be 2
        if ($Bad.UserPrincipalName -and $Bad.UserPrincipalName -match '@') {
            { Get-SoUser -UserName $Bad.UserPrincipalName -ErrorAction Stop } | Should -Throw -ErrorId 'UserNotFound,*'
        }
    }

    It 'refuses the same user twice in one input as DuplicateInput' {
        $user = New-TestUser 'twice'
        $created = $user, $user | New-SoUser -ErrorVariable failures -ErrorAction SilentlyContinue
        $created | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -Match '^DuplicateInput,'
    }
}

Describe "Get-SoUser ($ServerProfile server)" {
    It 'finds exactly the user whose name holds a quote and a backslash' {
        $tricky = 'o"brien\x@contoso.example'
        New-SoUser -UserName $tricky -GivenName 'Tricky' -ErrorAction Stop | Out-Null
        New-SoUser -UserName 'obrien\x@contoso.example' -ErrorAction Stop | Out-Null

        $found = $tricky | Get-SoUser

        $found | Should -HaveCount 1
        $found.UserName | Should -BeExactly $tricky
    }

    It 'streams every user once, page by page, or says it could not list them all' {
        $all = @(Get-SoUser -WarningVariable warnings -WarningAction SilentlyContinue)

        @($all.ScimId | Select-Object -Unique) | Should -HaveCount $all.Count
        $stored = @(Get-SoSandboxUser | Where-Object { -not $_.Deleted }).Count
        if ($server.ListsWhole -or $warnings.Count -eq 0) {
            $warnings | Should -HaveCount 0
            $all.Count | Should -Be $stored
        }
        else {
            $all.Count | Should -BeLessThan $stored
            $warnings | Should -HaveCount 1
            $warnings[0].Message | Should -Match '\(ScimListingIncomplete\)$'
        }
    }

    It 'takes a SCIM filter' {
        Get-SoUser -Filter 'active eq false' | ForEach-Object { $_.Enabled | Should -BeFalse }
    }

    It 'reports an unknown name as UserNotFound' {
        { Get-SoUser -UserName 'nobody@contoso.example' -ErrorAction Stop } | Should -Throw -ErrorId 'UserNotFound,*'
    }

    It 'fails with NotConnected when the session has no connection' {
        Disconnect-SoTenant
        try {
            { Get-SoUser -ErrorAction Stop } | Should -Throw -ErrorId 'NotConnected,*'
        }
        finally {
            Connect-SoTenant -ScimUrl $sandbox.ScimUrl -ScimToken $sandbox.ScimToken -CertificateThumbprint $sandbox.CertificateThumbprint
        }
    }
}

Describe "Set-SoUser ($ServerProfile server)" {
    It 'sends only what differs, and nothing when nothing differs' {
        $user = New-TestUser 'setme' @{ JobTitle = 'Seller' }
        $user | New-SoUser | Out-Null
        Reset-SoSandboxStats

        $same = $user | Set-SoUser
        (Get-SoSandboxStats).Writes | Should -Be 0
        $same.JobTitle | Should -BeExactly 'Seller'

        $changed = Set-SoUser -UserName $user.UserPrincipalName -JobTitle 'Head of Sales'
        $changed.JobTitle | Should -BeExactly 'Head of Sales'
        $changed.GivenName | Should -BeExactly 'setme'
        (Get-SoSandboxStats).Writes | Should -Be 1
    }

    It 'takes SuperOffice.User objects from Get-SoUser' {
        $user = New-TestUser 'piped'
        $user | New-SoUser | Out-Null
        Get-SoUser -UserName $user.UserPrincipalName | Set-SoUser -Department 'Support' | Out-Null
        (Get-SoUser -UserName $user.UserPrincipalName).Department | Should -BeExactly 'Support'
    }

    It 'reports an unknown user as UserNotFound' {
        Set-SoUser -UserName 'ghost@contoso.example' -JobTitle 'x' -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].FullyQualifiedErrorId | Should -Match '^UserNotFound,'
    }
}

Describe "Remove-SoUser ($ServerProfile server)" {
    It 'de-provisions by default and frees the licence' {
        $user = New-TestUser 'leaver'
        $user | New-SoUser | Out-Null
        $user | Remove-SoUser -Confirm:$false
        (Get-SoUser -UserName $user.UserPrincipalName).Enabled | Should -BeFalse
        (Get-SoSandboxUser -UserName $user.UserPrincipalName).LicenseOwners | Should -BeNullOrEmpty
    }

    It 'deletes with -Delete' {
        $user = New-TestUser 'deleted'
        $user | New-SoUser | Out-Null
        Get-SoUser -UserName $user.UserPrincipalName | Remove-SoUser -Delete -Confirm:$false
        { Get-SoUser -UserName $user.UserPrincipalName -ErrorAction Stop } | Should -Throw -ErrorId 'UserNotFound,*'
    }

    It 'reports an unknown user as UserNotFound' {
        'ghost@contoso.example' | Remove-SoUser -Confirm:$false -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].FullyQualifiedErrorId | Should -Match '^UserNotFound,'
    }

    It 'writes nothing with -WhatIf' {
        $user = New-TestUser 'kept'
        $user | New-SoUser | Out-Null
        Reset-SoSandboxStats
        $user | Remove-SoUser -WhatIf
        (Get-SoSandboxStats).Writes | Should -Be 0
        (Get-SoUser -UserName $user.UserPrincipalName).Enabled | Should -BeTrue
    }
}

Describe "Faults ($ServerProfile server)" -Tag 'Faults' {
    It 'creates 500 piped users exactly once each while the server throttles, fails and loses answers' {
        $tag = [guid]::NewGuid().ToString('N').Substring(0, 6)
        $users = foreach ($i in 1..500) { New-TestUser "bulk$i.$tag" }
        Set-SoSandboxFault -Seed 7 -ServiceUnavailableRate 0.04 -RateLimitPerSecond 400 -DropConnectionRate 0.03 -LostResponseRate 0.03 -RetryAfterSeconds 1

        $created = $users | New-SoUser -ErrorVariable failures -ErrorAction SilentlyContinue
        Set-SoSandboxFault -Clear

        $failures | Should -HaveCount 0
        $created | Should -HaveCount 500
        # Read back from the tenant itself: each created once, whatever the server's listing can do.
        $stored = @(Get-SoSandboxUser | Where-Object UserName -Like "*.$tag@contoso.example")
        $stored | Should -HaveCount 500
        @($stored.UserName | Sort-Object -Unique) | Should -HaveCount 500
    }
}

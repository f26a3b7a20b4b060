# The bad-input corpus (tests/data/bad-input): every case gets its error id, nothing is written for it, and the
# valid input around it goes through.

BeforeDiscovery {
    $corpus = [System.IO.Path]::Combine($PSScriptRoot, '..', 'data', 'bad-input')
    $userCases = & ([System.IO.Path]::Combine($corpus, 'users.cases.ps1'))
    $syncCases = & ([System.IO.Path]::Combine($corpus, 'sync.cases.ps1'))
    $connectionCases = & ([System.IO.Path]::Combine($corpus, 'connection.cases.ps1'))
}

BeforeAll {
    $script:repoRoot = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..'))
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SuperOfficeProvisioning', 'SuperOfficeProvisioning.psd1')) -Force -ErrorAction Stop
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SandboxTools', 'SuperOfficeProvisioning.SandboxTools.psd1')) -Force -ErrorAction Stop
    $script:sandbox = Start-SoSandbox -Seed 50
    $script:connection = Connect-SoTenant -ScimUrl $sandbox.ScimUrl -ScimToken $sandbox.ScimToken -CertificateThumbprint $sandbox.CertificateThumbprint -PassThru

    function script:Get-ExpectedErrorId([string] $ErrorId) {
        if ($ErrorId.Contains('*')) { $ErrorId } else { "$ErrorId,*" }
    }

    function script:New-ValidUser {
        $tag = [guid]::NewGuid().ToString('N').Substring(0, 10)
        [pscustomobject]@{ UserPrincipalName = "valid.$tag@contoso.example"; Id = "valid-$tag"; GivenName = 'Valid'; Surname = 'User' }
    }
}

AfterAll {
    Disconnect-SoTenant
    Stop-SoSandbox
}

Describe 'New-SoUser refuses bad records' -Tag 'BadInput' {
    It '<Name> gives <ErrorId>' -ForEach $userCases {
        $before = New-ValidUser
        $after = New-ValidUser
        Reset-SoSandboxStats

        $created = $before, [pscustomobject]$Record, $after | New-SoUser -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike (Get-ExpectedErrorId $ErrorId)
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidData'
        $failures[0].Exception.Message | Should -Match 'Nothing was sent for this user'
        $created | Should -HaveCount 2
        (Get-SoSandboxStats).Writes | Should -Be 2
    }

    It 'refuses a user name seen earlier in the same input as DuplicateInput' {
        $first = New-ValidUser
        $again = [pscustomobject]@{ UserPrincipalName = $first.UserPrincipalName.ToUpperInvariant(); Id = 'another-id' }
        Reset-SoSandboxStats

        $created = $first, $again | New-SoUser -ErrorVariable failures -ErrorAction SilentlyContinue

        $created | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'DuplicateInput,*'
        (Get-SoSandboxStats).Writes | Should -Be 1
    }

    It 'refuses an external id seen earlier in the same input as DuplicateInput' {
        $first = New-ValidUser
        $again = [pscustomobject]@{ UserPrincipalName = 'someone.else@contoso.example'; Id = $first.Id }

        $first, $again | New-SoUser -ErrorVariable failures -ErrorAction SilentlyContinue | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'DuplicateInput,*'
    }

    It 'refuses an -AttributeMap key that is no SCIM attribute, before reading any input' {
        Reset-SoSandboxStats
        { New-ValidUser | New-SoUser -AttributeMap @{ shoeSize = 'Mail' } -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidAttributeMap,*'
        (Get-SoSandboxStats).TotalRequests | Should -Be 0
    }

    It 'refuses an -AttributeMap value that is not a property name' {
        { New-ValidUser | New-SoUser -AttributeMap @{ userName = 42 } -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidAttributeMap,*'
    }

    It 'refuses Set-SoUser input that names no user' {
        Reset-SoSandboxStats
        [pscustomobject]@{ JobTitle = 'Boss' } | Set-SoUser -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'UserNameMissing,*'
        (Get-SoSandboxStats).Writes | Should -Be 0
    }
}

Describe 'Sync-SoGroup refuses bad members' -Tag 'BadInput' {
    It '<Name> gives <ErrorId>' -ForEach $syncCases {
        $good = New-ValidUser
        $group = "Bad input $([guid]::NewGuid().ToString('N').Substring(0, 8))"

        $result = $good, [pscustomobject]$Member | Sync-SoGroup -GroupName $group -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike (Get-ExpectedErrorId $ErrorId)
        $result.DesiredMembers | Should -Be 1
        $result.Created | Should -Be 1
        @($result.Changes | Where-Object { $_.Target -ne $good.UserPrincipalName -and $_.Action -ne 'CreateGroup' }) | Should -HaveCount 0
    }

    It 'refuses a negative -MaxRemovals' {
        { @() | Sync-SoGroup -GroupName 'x' -MaxRemovals -1 -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
    }

    It 'refuses an unknown -RemovedMemberAction' {
        { @() | Sync-SoGroup -GroupName 'x' -RemovedMemberAction Archive -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
    }

    It 'refuses an empty -GroupName' {
        { @() | Sync-SoGroup -GroupName '' -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
    }
}

Describe 'Unicode: one spelling per name, nothing invisible, look-alikes pointed out' {
    BeforeAll {
        function script:New-Tag { [guid]::NewGuid().ToString('N').Substring(0, 8) }
        $script:acute = [char]0x0301
        $script:cyrillicA = [char]0x0430
    }

    It 'stores a decomposed user name composed, so its composed spelling is the same user' {
        $tag = New-Tag
        $decomposed = "rene$acute.$tag@contoso.example"
        $composed = "ren$([char]0x00E9).$tag@contoso.example"

        $created = [pscustomobject]@{ UserPrincipalName = $decomposed; Id = "nfc-$tag" }, [pscustomobject]@{ UserPrincipalName = $composed; Id = "nfc2-$tag" } |
            New-SoUser -ErrorVariable failures -ErrorAction SilentlyContinue

        $created | Should -HaveCount 1
        $created[0].UserName | Should -BeExactly $composed
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'DuplicateInput,*'
        (Get-SoUser -UserName $composed).UserName | Should -BeExactly $composed
    }

    It 'warns about a user name that mixes Cyrillic into Latin, and creates the user' {
        $userName = "${cyrillicA}dmin.$(New-Tag)@contoso.example"

        $created = [pscustomobject]@{ UserPrincipalName = $userName } | New-SoUser -WarningVariable warnings -WarningAction SilentlyContinue -ErrorAction Stop

        $created.UserName | Should -BeExactly $userName
        $warnings | Should -HaveCount 1
        $warnings[0].Message | Should -BeLike '*ConfusableCharacters*'
        $warnings[0].Message | Should -BeLike '*Cyrillic U+0430*'
        $warnings[0].Message | Should -BeLike "*'$userName'*"
    }

    It 'refuses a -GroupName with <Name> as InvalidCharacters before any request' -ForEach @(
        @{ Name = 'a right-to-left override'; Character = 0x202E }
        @{ Name = 'a zero-width space'; Character = 0x200B }
        @{ Name = 'a byte order mark'; Character = 0xFEFF }
        @{ Name = 'a lone surrogate'; Character = 0xD800 }
    ) {
        Reset-SoSandboxStats

        $failure = { New-ValidUser | Sync-SoGroup -GroupName "Sales$([char]$Character)" -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidCharacters,*' -PassThru

        $failure.Exception.Message | Should -BeLike ('*U+{0:X4}*' -f $Character)
        $failure.Exception.Message.Contains([string][char]$Character) | Should -BeFalse
        (Get-SoSandboxStats).TotalRequests | Should -Be 0
    }

    It 'refuses a New-SoUser -Group holding a zero-width joiner before any request' {
        Reset-SoSandboxStats

        { New-ValidUser | New-SoUser -Group "SuperOffice$([char]0x200D) Sales" -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidCharacters,*'

        (Get-SoSandboxStats).TotalRequests | Should -Be 0
    }

    It 'warns about a group name that mixes Cyrillic into Latin, and syncs the group under it' {
        $group = "S${cyrillicA}les $(New-Tag)"
        $member = New-ValidUser

        $result = $member | Sync-SoGroup -GroupName $group -WarningVariable warnings -WarningAction SilentlyContinue -ErrorAction Stop
        $created = New-ValidUser | New-SoUser -Group $group -WarningVariable groupWarnings -WarningAction SilentlyContinue -ErrorAction Stop

        $result.GroupName | Should -BeExactly $group
        $result.Created | Should -Be 1
        @($warnings | Where-Object Message -like '*ConfusableCharacters*') | Should -HaveCount 1
        $created | Should -HaveCount 1
        @($groupWarnings | Where-Object Message -like '*ConfusableCharacters*') | Should -HaveCount 1
    }

    It 'syncs a decomposed group name as its composed spelling' {
        $tag = New-Tag
        $first = New-ValidUser | Sync-SoGroup -GroupName "Re${acute}seau $tag" -ErrorAction Stop
        $again = @() | Sync-SoGroup -GroupName "R$([char]0x00E9)seau $tag" -Force -ErrorAction Stop

        $first.GroupName | Should -BeExactly "R$([char]0x00E9)seau $tag"
        $again.GroupScimId | Should -BeExactly $first.GroupScimId
        @($again.Changes | Where-Object Action -eq 'CreateGroup') | Should -HaveCount 0
    }
}

Describe 'Connect-SoTenant refuses bad parameters' {
    It '<Name> gives <ErrorId>' -ForEach $connectionCases {
        $arguments = @{} + $Arguments
        if ($arguments.ContainsKey('ScimUrl') -and -not $arguments.ContainsKey('ScimToken')) {
            $arguments['ScimToken'] = [System.Net.NetworkCredential]::new('', 'token').SecurePassword
        }
        if ($arguments.ContainsKey('WebApiUrl')) {
            $arguments['AccessToken'] = [System.Net.NetworkCredential]::new('', 'token').SecurePassword
        }
        Reset-SoSandboxStats

        { Connect-SoTenant @arguments -ErrorAction Stop } | Should -Throw -ErrorId (Get-ExpectedErrorId $ErrorId)

        (Get-SoConnection).ScimUrl | Should -Be $sandbox.ScimUrl
        (Get-SoSandboxStats).TotalRequests | Should -Be 0
    }
}

# Answers of the wrong shape and URLs that carry a password: clear errors with stable ids, never a raw .NET
# exception, never the password.

BeforeAll {
    $script:repoRoot = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..'))
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SuperOfficeProvisioning', 'SuperOfficeProvisioning.psd1')) -Force -ErrorAction Stop
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SandboxTools', 'SuperOfficeProvisioning.SandboxTools.psd1')) -Force -ErrorAction Stop
    $script:sandbox = Start-SoSandbox -Seed 811
    Connect-SoTenant -ScimUrl $sandbox.ScimUrl -ScimToken $sandbox.ScimToken -CertificateThumbprint $sandbox.CertificateThumbprint
    $script:scimPath = ([uri]$sandbox.ScimUrl).AbsolutePath.TrimEnd('/')
    $script:password = 'Pa55-in-the-url'

    function script:New-TestUser([string] $Name) {
        [pscustomobject]@{ UserPrincipalName = "$Name@contoso.example"; Id = [guid]::NewGuid().ToString(); GivenName = $Name; Surname = 'Tester' }
    }

    # Every error the command left, as one text: ids, messages and exception types.
    function script:Join-ErrorText($Records) {
        ($Records | ForEach-Object { "$($_.FullyQualifiedErrorId) $($_.Exception.GetType().FullName) $($_.Exception.Message)" }) -join "`n"
    }
}

AfterAll {
    Set-SoSandboxFault -Clear
    Disconnect-SoTenant
    Stop-SoSandbox
}

Describe 'A password in a URL' {
    It 'refuses -ScimUrl with a user name and password, naming the parameter and not the password' {
        $url = [uri]"https://svc:$password@tenant.example/Cust1/scim/v2/"
        $failure = { Connect-SoTenant -ScimUrl $url -ScimToken $sandbox.ScimToken } | Should -Throw -ErrorId 'InvalidUrl,*' -PassThru

        $failure.Exception.Message | Should -Match '-ScimUrl'
        "$($failure.Exception) $($failure.TargetObject)" | Should -Not -Match $password
        (Get-SoConnection).ScimUrl | Should -Be $sandbox.ScimUrl
    }

    It 'refuses -WebApiUrl with a user name and password' {
        $url = [uri]"https://svc:$password@sod.superoffice.test/Cust1/api/"
        $failure = { Connect-SoTenant -WebApiUrl $url -AccessToken $sandbox.AccessToken } | Should -Throw -ErrorId 'InvalidUrl,*' -PassThru

        $failure.Exception.Message | Should -Match '-WebApiUrl'
        "$($failure.Exception) $($failure.TargetObject)" | Should -Not -Match $password
    }
}

Describe 'Failures that waiting cannot mend' {
    AfterAll {
        Connect-SoTenant -ScimUrl $sandbox.ScimUrl -ScimToken $sandbox.ScimToken -CertificateThumbprint $sandbox.CertificateThumbprint
    }

    It 'fails a plain-http request to the sandbox''s https port on the first attempt, saying to use https' {
        $url = [uri]$sandbox.ScimUrl
        $plain = [uri]"http://$($url.Authority)$($url.AbsolutePath)"
        Connect-SoTenant -ScimUrl $plain -ScimToken $sandbox.ScimToken -CertificateThumbprint $sandbox.CertificateThumbprint
        $before = (Get-SoConnection).RequestsSent

        Get-SoUser -UserName 'someone@contoso.example' -ErrorVariable failures -ErrorAction SilentlyContinue | Out-Null

        @($failures) | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'ConnectionFailed,*'
        $failures[0].Exception.Message | Should -Match 'https'
        (Get-SoConnection).RequestsSent - $before | Should -Be 1
    }
}

Describe 'A token revoked mid-run' {
    AfterEach {
        Set-SoSandboxFault -Clear
        Connect-SoTenant -ScimUrl $sandbox.ScimUrl -ScimToken $sandbox.ScimToken -CertificateThumbprint $sandbox.CertificateThumbprint
    }

    It 'stops <Command> after the first 401: no more writes than the requests already on the wire' -ForEach @(
        # New-SoUser may create in bulk; Sync-SoGroup creates its group, then each user.
        @{ Command = 'New-SoUser'; Writes = '/'; Run = { param($users) $users | New-SoUser -ErrorAction Stop } }
        @{ Command = 'Sync-SoGroup'; Writes = '/Users'; Run = { param($users) $users | Sync-SoGroup -GroupName 'Revoked Mid-Run' -ErrorAction Stop } }
    ) {
        $users = 1..300 | ForEach-Object { New-TestUser "revoked$Command$_" }
        $before = [long](Get-SoSandboxStats).InjectedFaults['Unauthorized']
        Set-SoSandboxFault -NextFault Unauthorized -NextFaultCount 100000 -Route "POST $scimPath$Writes"

        { & $Run $users } | Should -Throw

        $refusedWrites = [long](Get-SoSandboxStats).InjectedFaults['Unauthorized'] - $before
        $refusedWrites | Should -BeGreaterOrEqual 1
        $refusedWrites | Should -BeLessOrEqual 16 -Because 'the pipeline sends at most 16 requests at once'
    }
}

Describe 'Answers of the wrong shape' {
    AfterEach {
        Set-SoSandboxFault -Clear
    }

    It 'reports an empty 200 to a create as ScimInvalidResponse' {
        $user = New-TestUser 'emptybody'
        Set-SoSandboxFault -NextFault EmptyBody -Route "POST $scimPath/"

        $created = $user | New-SoUser -ErrorVariable failures -ErrorAction SilentlyContinue

        $created | Should -BeNullOrEmpty
        $text = Join-ErrorText $failures
        $text | Should -Match 'ScimInvalidResponse'
        $text | Should -Match '200'
        $text | Should -Not -Match 'NullReference|UnexpectedError'
    }

    It 'reports a malformed list to Get-SoUser -UserName as ScimInvalidResponse, not UserNotFound' {
        Set-SoSandboxFault -NextFault MalformedList -Route "GET $scimPath/Users"

        $found = Get-SoUser -UserName 'someone@contoso.example' -ErrorVariable failures -ErrorAction SilentlyContinue

        $found | Should -BeNullOrEmpty
        @($failures) | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'ScimInvalidResponse,*'
        $failures[0].Exception.Message | Should -Match 'Resources'
    }

    It 'reports an empty 200 to a listing as ScimInvalidResponse, not UserNotFound' {
        Set-SoSandboxFault -NextFault EmptyBody -Route "GET $scimPath/Users"

        Get-SoUser -UserName 'someone@contoso.example' -ErrorVariable failures -ErrorAction SilentlyContinue | Out-Null

        @($failures) | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'ScimInvalidResponse,*'
    }

    It 'still answers normally once the faults are gone' {
        $user = New-TestUser 'afterfaults'
        $user | New-SoUser -ErrorAction Stop | Out-Null

        (Get-SoUser -UserName $user.UserPrincipalName).ExternalId | Should -BeExactly $user.Id
    }
}

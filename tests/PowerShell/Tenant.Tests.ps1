# SuperID sign-in (system user and interactive), tenant status, and secrets kept out of every stream.

BeforeDiscovery {
    # Where the operating system offers no keyring (Linux without a D-Bus session: CI), a persisted cache needs
    # -AllowUnprotectedTokenCache; elsewhere it is protected by DPAPI, the Keychain or libsecret.
    $noKeyring = $IsLinux -and -not $env:DBUS_SESSION_BUS_ADDRESS
}

BeforeAll {
    $script:repoRoot = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..'))
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SuperOfficeProvisioning', 'SuperOfficeProvisioning.psd1')) -Force -ErrorAction Stop
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SandboxTools', 'SuperOfficeProvisioning.SandboxTools.psd1')) -Force -ErrorAction Stop
    . ([System.IO.Path]::Combine($PSScriptRoot, 'Support', 'SandboxWeb.ps1'))
    $script:sandbox = Start-SoSandbox -Seed 7007
    $script:ctx = $sandbox.ContextIdentifier
    $script:workFolder = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'so-tenant-' + [guid]::NewGuid().ToString('N'))
    [System.IO.Directory]::CreateDirectory($workFolder) | Out-Null
    $script:manifest = [System.IO.Path]::Combine($repoRoot, 'examples', 'apps', 'acme-invoicing.app.json')
    $script:common = @{ Authority = $sandbox.Authority; ContextIdentifier = $ctx; ClientId = $sandbox.ClientId; CertificateThumbprint = $sandbox.CertificateThumbprint }
    # Interactive sign-in listens on the redirect URI registered for the application (SuperID accepts no other).
    $script:interactive = $common + @{ RedirectUri = $sandbox.RedirectUri }
    $script:systemUser = @{ ClientSecret = $sandbox.ClientSecret; SystemUserToken = $sandbox.SystemUserToken }

    function script:Plain([securestring] $Secret) { [System.Net.NetworkCredential]::new('', $Secret).Password }

    # A browser that must not be needed: a silent sign-in never calls it.
    $script:noBrowser = { param($Url) throw 'The browser was opened although the sign-in should have been silent.' }
}

AfterAll {
    Disconnect-SoTenant
    Stop-SoSandbox
    [System.IO.Directory]::Delete($workFolder, $true)
}

Describe 'Get-SoTenantStatus' {
    AfterEach {
        Set-SoSandboxTenantState Running
    }

    It 'reads the public status of a running tenant without signing in' {
        Disconnect-SoTenant

        $status = Get-SoTenantStatus -ContextIdentifier $ctx -Authority $sandbox.Authority -CertificateThumbprint $sandbox.CertificateThumbprint

        $status.State | Should -BeExactly 'Running'
        $status.IsRunning | Should -BeTrue
        $status.WebApiUrl.AbsoluteUri | Should -BeExactly $sandbox.WebApiUrl.AbsoluteUri
        $status.PSObject.TypeNames | Should -Contain 'SuperOffice.TenantStatus'
    }

    It 'reports <State> as not running' -ForEach @(@{ State = 'Suspended' }, @{ State = 'OfflineMaintenance' }, @{ State = 'Deleted' }) {
        Set-SoSandboxTenantState $State

        $status = Get-SoTenantStatus -ContextIdentifier $ctx -Authority $sandbox.Authority -CertificateThumbprint $sandbox.CertificateThumbprint

        $status.State | Should -BeExactly $State
        $status.IsRunning | Should -BeFalse
    }

    It 'reports a tenant the host does not serve as Unknown' {
        (Get-SoTenantStatus -ContextIdentifier Cust99999 -Authority $sandbox.Authority -CertificateThumbprint $sandbox.CertificateThumbprint).State | Should -BeExactly 'Unknown'
    }

    It 'asks about the current connection''s tenant when given nothing' {
        Connect-SoTenant @common @systemUser -PrivateKeyPath $sandbox.PrivateKeyPath -ErrorAction Stop

        (Get-SoTenantStatus).ContextIdentifier | Should -BeExactly $ctx
    }
}

Describe 'Connect-SoTenant as the system user' {
    It 'signs in with the PEM key and reaches the WebAPI through the status endpoint' {
        $connection = Connect-SoTenant @common @systemUser -PrivateKeyPath $sandbox.PrivateKeyPath -PassThru -ErrorAction Stop

        $connection.AuthenticationType | Should -BeExactly 'SystemUser'
        $connection.WebApiUrl.AbsoluteUri | Should -BeExactly $sandbox.WebApiUrl.AbsoluteUri
        Test-SoApplication -Path $manifest | Should -HaveCount 10
    }

    It 'signs in with the key as RSA XML' {
        $rsa = [System.Security.Cryptography.RSA]::Create()
        $rsa.ImportFromPem([System.IO.File]::ReadAllText($sandbox.PrivateKeyPath))
        $xml = [System.IO.Path]::Combine($workFolder, 'key.xml')
        [System.IO.File]::WriteAllText($xml, $rsa.ToXmlString($true))

        (Connect-SoTenant @common @systemUser -PrivateKeyPath $xml -PassThru -ErrorAction Stop).AuthenticationType | Should -BeExactly 'SystemUser'
    }

    It 'refuses a key that is not the application''s' {
        $other = [System.Security.Cryptography.RSA]::Create(2048)
        $pem = [System.IO.Path]::Combine($workFolder, 'other.pem')
        [System.IO.File]::WriteAllText($pem, $other.ExportRSAPrivateKeyPem())

        $failure = { Connect-SoTenant @common @systemUser -PrivateKeyPath $pem -ErrorAction Stop } | Should -Throw -ErrorId 'SystemUserSignInFailed,*' -PassThru

        $failure.CategoryInfo.Category | Should -Be 'AuthenticationError'
        $failure.Exception.Message | Should -BeLike '*signature*'
    }

    It 'refuses a file that is not a key, naming the file but not its content' {
        $bad = [System.IO.Path]::Combine($workFolder, 'not-a-key.pem')
        [System.IO.File]::WriteAllText($bad, "-----BEGIN RSA PRIVATE KEY-----`nc2VjcmV0LWtleS1tYXRlcmlhbA==`n-----END RSA PRIVATE KEY-----")

        $failure = { Connect-SoTenant @common @systemUser -PrivateKeyPath $bad -ErrorAction Stop } | Should -Throw -ErrorId 'PrivateKeyInvalid,*' -PassThru

        $failure.Exception.Message | Should -BeLike '*not-a-key.pem*'
        $failure.Exception.Message | Should -Not -BeLike '*c2VjcmV0*'
    }

    It 'never shows a secret in output, errors, verbose or debug text' {
        $secrets = @((Plain $sandbox.ClientSecret), (Plain $sandbox.SystemUserToken), (Plain $sandbox.AccessToken), [System.IO.File]::ReadAllText($sandbox.PrivateKeyPath).Split("`n")[1])
        $DebugPreference = 'Continue'

        $streams = & {
            Connect-SoTenant @common @systemUser -PrivateKeyPath $sandbox.PrivateKeyPath -PassThru -Verbose
            Get-SoConnection | ForEach-Object { $_.ToString(); $_.PSObject.Properties | ForEach-Object { "$($_.Name)=$($_.Value)" } }
            Install-SoApplication -Path $manifest -Verbose
            Uninstall-SoApplication -Path $manifest -Confirm:$false -Verbose
            try { Connect-SoTenant @common -ClientSecret $sandbox.ClientSecret -SystemUserToken $sandbox.AccessToken -PrivateKeyPath $sandbox.PrivateKeyPath -ErrorAction Stop }
            catch { $_ }
        } *>&1 | ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) { $_.Exception.ToString() } else { "$_" } }
        $text = $streams -join "`n"

        $text | Should -BeLike '*SOTicket ****'
        $text | Should -BeLike '*refused the system user sign-in*'
        foreach ($secret in $secrets) {
            $text.Contains($secret) | Should -BeFalse -Because 'no secret may appear in any stream'
        }

        $text | Should -Not -Match '7T:[A-Za-z0-9_-]{8}'
    }
}

Describe 'Connect-SoTenant interactively' {
    It 'signs in with PKCE, the tenant chosen up front and a loopback redirect' {
        $visited = [System.Collections.Generic.List[uri]]::new()

        $connection = Connect-SoTenant @interactive -BrowserCommand (New-TestBrowser -Thumbprint $sandbox.CertificateThumbprint -Visited $visited) -PassThru -ErrorAction Stop

        $connection.AuthenticationType | Should -BeExactly 'Interactive'
        $connection.WebApiUrl.AbsoluteUri | Should -BeExactly $sandbox.WebApiUrl.AbsoluteUri
        $visited | Should -HaveCount 1
        $query = [System.Web.HttpUtility]::ParseQueryString($visited[0].Query)
        $query['code_challenge_method'] | Should -BeExactly 'S256'
        $query['code_challenge'] | Should -Not -BeNullOrEmpty
        $query['acr_values'] | Should -BeExactly "tenant:$ctx"
        $query['redirect_uri'] | Should -BeExactly $sandbox.RedirectUri.AbsoluteUri -Because 'SuperID accepts only the registered redirect URI'
        $visited[0].AbsolutePath | Should -BeExactly '/login/common/oauth/authorize'
        Test-SoApplication -Path $manifest | Should -HaveCount 10
    }

    It 'keeps tokens on disk only when asked, unprotected only where allowed, and signs in silently from the file' -Skip:(-not $noKeyring) {
        $cache = [System.IO.Path]::Combine($workFolder, 'cache', 'tokens.bin')
        Connect-SoTenant @interactive -BrowserCommand (New-TestBrowser -Thumbprint $sandbox.CertificateThumbprint) -ErrorAction Stop
        [System.IO.File]::Exists($cache) | Should -BeFalse

        Connect-SoTenant @interactive -BrowserCommand (New-TestBrowser -Thumbprint $sandbox.CertificateThumbprint) -TokenCachePath $cache -AllowUnprotectedTokenCache -WarningVariable first -WarningAction SilentlyContinue -ErrorAction Stop
        Disconnect-SoTenant
        $silent = Connect-SoTenant @interactive -BrowserCommand $noBrowser -TokenCachePath $cache -AllowUnprotectedTokenCache -PassThru -WarningVariable second -WarningAction SilentlyContinue -ErrorAction Stop

        $silent.AuthenticationType | Should -BeExactly 'Interactive'
        Test-SoApplication -Path $manifest | Should -HaveCount 10
        [System.IO.File]::GetUnixFileMode($cache) | Should -Be ([System.IO.UnixFileMode]'UserRead, UserWrite')
        @($first | Where-Object Message -like '*unprotected*') | Should -HaveCount 1
        ($first -join ' ') | Should -BeLike "*$cache*"
        @($second | Where-Object Message -like '*unprotected*') | Should -HaveCount 0 -Because 'the warning is given once per session'
    }

    It 'refuses to keep tokens on disk where no keyring protects them, unless allowed, before any request' -Skip:(-not $noKeyring) {
        Disconnect-SoTenant
        $cache = [System.IO.Path]::Combine($workFolder, 'refused', 'tokens.bin')

        $failure = { Connect-SoTenant @interactive -BrowserCommand $noBrowser -TokenCachePath $cache -ErrorAction Stop } |
            Should -Throw -ErrorId 'TokenCacheKeyringUnavailable,*' -PassThru

        $failure.Exception.Message | Should -BeLike '*-AllowUnprotectedTokenCache*'
        $failure.Exception.Message | Should -BeLike '*without -PersistTokenCache*'
        [System.IO.File]::Exists($cache) | Should -BeFalse
        Get-SoConnection | Should -BeNullOrEmpty
    }

    It 'asks for the browser again when the cache cannot be read' -Skip:(-not $noKeyring) {
        $cache = [System.IO.Path]::Combine($workFolder, 'broken-cache.bin')
        [System.IO.File]::WriteAllBytes($cache, [byte[]](1, 2, 3, 4))
        $visited = [System.Collections.Generic.List[uri]]::new()

        Connect-SoTenant @interactive -BrowserCommand (New-TestBrowser -Thumbprint $sandbox.CertificateThumbprint -Visited $visited) -TokenCachePath $cache -AllowUnprotectedTokenCache -WarningVariable warnings -WarningAction SilentlyContinue -ErrorAction Stop

        $visited | Should -HaveCount 1
        ($warnings -join ' ') | Should -BeLike '*could not be read*'
    }

    It 'reports a browser step that fails' {
        Disconnect-SoTenant

        $failure = { Connect-SoTenant @interactive -BrowserCommand { param($Url) throw 'no browser here' } -ErrorAction Stop } |
            Should -Throw -ErrorId 'BrowserCommandFailed,*' -PassThru

        $failure.Exception.Message | Should -BeLike '*no browser here*'
        Get-SoConnection | Should -BeNullOrEmpty
    }

    It 'refuses a redirect URI no native app can register, <Uri>, before any browser opens' -ForEach @(
        @{ Uri = 'http://localhost:7890/callback/' }
        @{ Uri = 'https://127.0.0.1:7890/callback/' }
        @{ Uri = 'http://192.0.2.1:7890/callback/' }
    ) {
        Disconnect-SoTenant
        $opened = [System.Collections.Generic.List[uri]]::new()

        $failure = { Connect-SoTenant @common -RedirectUri $Uri -BrowserCommand { param($Url) $opened.Add($Url) }.GetNewClosure() -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidRedirectUri,*' -PassThru

        $failure.Exception.Message | Should -BeLike '*http://127.0.0.1:{port}/{path}*'
        $opened | Should -HaveCount 0
    }

    It 'refuses to start a sign-in for a suspended tenant' {
        Set-SoSandboxTenantState Suspended
        try {
            { Connect-SoTenant @interactive -BrowserCommand $noBrowser -ErrorAction Stop } | Should -Throw -ErrorId 'TenantNotRunning,*'
        }
        finally {
            Set-SoSandboxTenantState Running
        }
    }
}

# No token, secret, ticket or private key text in any stream, in $Error, in exception text, or in log files, with
# every command run verbosely, succeeding and failing.

BeforeAll {
    $script:repoRoot = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..'))
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SuperOfficeProvisioning', 'SuperOfficeProvisioning.psd1')) -Force -ErrorAction Stop
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SandboxTools', 'SuperOfficeProvisioning.SandboxTools.psd1')) -Force -ErrorAction Stop
    $script:sandbox = Start-SoSandbox -Seed 77
    $script:log = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "secrets-$([guid]::NewGuid()).jsonl")

    function script:Reveal([securestring] $Secret) { [System.Net.NetworkCredential]::new('', $Secret).Password }

    # Every secret the sandbox handed out, and the lines of the private key.
    $script:secrets = @(
        (Reveal $sandbox.ScimToken)
        (Reveal $sandbox.AccessToken)
        (Reveal $sandbox.ClientSecret)
        (Reveal $sandbox.SystemUserToken)
    )
    foreach ($line in [System.IO.File]::ReadAllLines($sandbox.PrivateKeyPath)) {
        if ($line.Length -ge 40 -and -not $line.StartsWith('-----')) { $script:secrets += $line }
    }

    # Runs each script block with every stream merged and turned into text, terminating errors, exceptions and
    # inner exceptions included, so that a failing command does not hide what the next one says.
    function script:Invoke-Captured([scriptblock[]] $Scripts) {
        $Error.Clear()
        $text = [System.Text.StringBuilder]::new()
        foreach ($script in $Scripts) {
            try {
                foreach ($record in (& $script *>&1)) {
                    $null = $text.AppendLine([string]$record)
                    if ($record -is [System.Management.Automation.ErrorRecord]) {
                        $null = $text.AppendLine($record.FullyQualifiedErrorId).AppendLine($record.Exception.ToString()).AppendLine([string]$record.TargetObject)
                    }
                }
            }
            catch {
                $null = $text.AppendLine([string]$_).AppendLine($_.FullyQualifiedErrorId).AppendLine($_.Exception.ToString())
            }
        }
        foreach ($entry in $Error) {
            $null = $text.AppendLine([string]$entry)
            if ($entry.Exception) { $null = $text.AppendLine($entry.Exception.ToString()) }
        }
        $text.ToString()
    }

    function script:Assert-NoSecret([string] $Text) {
        $Text.Length | Should -BeGreaterThan 0 -Because 'the commands should have said something to scan'
        foreach ($secret in $secrets) {
            $Text.Contains($secret) | Should -BeFalse -Because "no secret may appear (found one starting '$($secret.Substring(0, 3))')"
        }
        $Text | Should -Not -MatchExactly 'Bearer [A-Za-z0-9]'
        $Text | Should -Not -MatchExactly 'SOTicket [A-Za-z0-9]'
    }
}

AfterAll {
    Disconnect-SoTenant
    Stop-SoSandbox
    [System.IO.File]::Delete($log)
}

Describe 'Secrets stay secret' -Tag 'Secrets' {
    It 'in connecting and showing connections' {
        $text = Invoke-Captured @(
            { Connect-SoTenant -ScimUrl $sandbox.ScimUrl -ScimToken $sandbox.ScimToken -CertificateThumbprint $sandbox.CertificateThumbprint -PassThru -Verbose -Debug }
            { Connect-SoTenant -WebApiUrl $sandbox.WebApiUrl -AccessToken $sandbox.AccessToken -CertificateThumbprint $sandbox.CertificateThumbprint -PassThru -Verbose -Debug }
            {
                $connection = Get-SoConnection
                foreach ($property in $connection.PSObject.Properties) { "$($property.Name)=$($property.Value)" }
                "$connection"
            }
        )
        Assert-NoSecret $text
    }

    It 'in user commands that succeed' {
        $user = [pscustomobject]@{ UserPrincipalName = 'secret.scan@contoso.example'; Id = 'scan-1'; GivenName = 'Secret'; Surname = 'Scan' }
        $text = Invoke-Captured @(
            { $user | New-SoUser -Verbose -Debug }
            { Get-SoUser -UserName $user.UserPrincipalName -Verbose -Debug }
            { Set-SoUser -UserName $user.UserPrincipalName -JobTitle 'Scanner' -Verbose -Debug }
            { $user | Remove-SoUser -Confirm:$false -Verbose -Debug }
            {
                Get-MgGroupMember -GroupId (Get-MgGroup -Filter "displayName eq 'SuperOffice Admins'").Id -All |
                    Sync-SoGroup -GroupName 'SuperOffice Admins' -LogPath $log -Verbose -Debug
            }
        )
        Assert-NoSecret $text
        Assert-NoSecret ([System.IO.File]::ReadAllText($log))
    }

    It 'in user commands that fail' {
        $text = Invoke-Captured @(
            { [pscustomobject]@{ UserPrincipalName = 'bad name'; GivenName = "x`t" } | New-SoUser -Verbose -Debug }
            { Get-SoUser -Filter 'userName eq' -Verbose -Debug }
            { Set-SoUser -UserName 'ghost@contoso.example' -JobTitle 'x' -Verbose -Debug }
            { 'ghost@contoso.example' | Remove-SoUser -Delete -Confirm:$false -Verbose -Debug }
        )
        $text | Should -Match 'UserNotFound|not found'
        Assert-NoSecret $text
    }

    It 'when the server refuses the credentials' {
        $wrong = [System.Net.NetworkCredential]::new('', 'wrong-token-value').SecurePassword
        $text = Invoke-Captured @(
            { Connect-SoTenant -ScimUrl $sandbox.ScimUrl -ScimToken $wrong -CertificateThumbprint $sandbox.CertificateThumbprint -Verbose -Debug }
            { Get-SoUser -UserName 'anyone@contoso.example' -Verbose -Debug }
            { [pscustomobject]@{ UserPrincipalName = 'anyone@contoso.example' } | New-SoUser -Verbose -Debug }
        )
        $text | Should -Match '401'
        $text.Contains('wrong-token-value') | Should -BeFalse
        Assert-NoSecret $text
        Connect-SoTenant -ScimUrl $sandbox.ScimUrl -ScimToken $sandbox.ScimToken -CertificateThumbprint $sandbox.CertificateThumbprint
    }
}

# Stopping a command (Ctrl+C, or PowerShell.Stop() in a host) ends the engine's work, and a re-run completes it.
# Once for each SCIM server profile its ValidateSet names (Support/ServerProfiles.psd1).
param([ValidateSet('Honest', 'IgnoresStartIndexAndCount', 'TotalIsReturnedCount')] [string] $ServerProfile = 'Honest')

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support' 'ServerProfile.ps1')
    $script:server = Get-ServerProfile $ServerProfile
    $serverParameters = $server.Parameters
    $script:repoRoot = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..'))
    $script:manifest = [System.IO.Path]::Combine($repoRoot, 'out', 'SuperOfficeProvisioning', 'SuperOfficeProvisioning.psd1')
    Import-Module $manifest -Force -ErrorAction Stop
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SandboxTools', 'SuperOfficeProvisioning.SandboxTools.psd1')) -Force -ErrorAction Stop
    $script:sandbox = Start-SoSandbox -Seed 12 -LatencyMs 40 @serverParameters
    Connect-SoTenant -ScimUrl $sandbox.ScimUrl -ScimToken $sandbox.ScimToken -CertificateThumbprint $sandbox.CertificateThumbprint
    $script:users = foreach ($i in 1..400) {
        [pscustomobject]@{ UserPrincipalName = "stop$i@contoso.example"; Id = "stop-$i"; GivenName = "Stop$i"; Surname = 'Test' }
    }
}

AfterAll {
    Disconnect-SoTenant
    Stop-SoSandbox
}

Describe "Stopping New-SoUser ($ServerProfile server)" -Tag 'Faults' {
    It 'stops the work in flight, and the next run creates the rest once each' {
        $runspace = [runspacefactory]::CreateRunspace([System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault2())
        $runspace.Open()
        $ps = [powershell]::Create()
        $ps.Runspace = $runspace
        $null = $ps.AddScript({
            param($Manifest, $Sandbox, $Users)
            Import-Module $Manifest
            Connect-SoTenant -ScimUrl $Sandbox.ScimUrl -ScimToken $Sandbox.ScimToken -CertificateThumbprint $Sandbox.CertificateThumbprint
            $Users | New-SoUser -ThrottleLimit 4
        }).AddArgument($manifest).AddArgument($sandbox).AddArgument($users)
        Reset-SoSandboxStats
        $running = $ps.BeginInvoke()
        try {
            # Wait until it is writing, then stop it (what Ctrl+C does in a console).
            while ((Get-SoSandboxStats).Writes -lt 20 -and -not $running.IsCompleted) { $null = $running.AsyncWaitHandle.WaitOne(20) }
            $ps.Stop()
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
        }
        finally {
            $ps.Dispose()
            $runspace.Dispose()
        }

        $writesAfterStop = (Get-SoSandboxStats).Writes
        $writesAfterStop | Should -BeLessThan 400
        # Nothing keeps writing once stopped.
        @(Get-SoSandboxUser | Where-Object UserName -Like 'stop*').Count | Should -BeLessThan 400

        $rest = $users | New-SoUser -ErrorVariable existing -ErrorAction SilentlyContinue
        @($rest).Count + @($existing).Count | Should -Be 400
        foreach ($e in $existing) { $e.FullyQualifiedErrorId | Should -BeLike 'UserAlreadyExists,*' }
        # Read back from the tenant itself: each once, whatever the server's listing can do.
        $stored = @(Get-SoSandboxUser | Where-Object UserName -Like 'stop*')
        $stored | Should -HaveCount 400
        @($stored.UserName | Sort-Object -Unique) | Should -HaveCount 400
    }
}

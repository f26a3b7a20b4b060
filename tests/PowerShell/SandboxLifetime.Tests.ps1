# The sandbox in a real shell: started, used, stopped, and nothing left listening afterwards.

BeforeAll {
    $script:repoRoot = (Resolve-Path (Join-Path $PSScriptRoot '..' '..')).Path
    $script:pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
    $script:tools = Join-Path $repoRoot 'out' 'SandboxTools' 'SuperOfficeProvisioning.SandboxTools.psd1'
    $script:module = Join-Path $repoRoot 'out' 'SuperOfficeProvisioning' 'SuperOfficeProvisioning.psd1'

    function script:Test-Listening([int] $Port) {
        $client = [System.Net.Sockets.TcpClient]::new()
        try { $client.Connect([System.Net.IPAddress]::Loopback, $Port); $true }
        catch [System.Net.Sockets.SocketException] { $false }
        finally { $client.Dispose() }
    }
}

Describe 'Start-SoSandbox in pwsh' {
    It 'serves a sync, and Stop-SoSandbox leaves no port listening' {
        Import-Module $module -Force
        Import-Module $tools -Force
        $sandbox = Start-SoSandbox -Seed 5
        $port = $sandbox.ScimUrl.Port
        try {
            Connect-SoTenant -ScimUrl $sandbox.ScimUrl -ScimToken $sandbox.ScimToken -CertificateThumbprint $sandbox.CertificateThumbprint
            $result = Get-MgGroupMember -GroupId (Get-MgGroup -Filter "displayName eq 'SuperOffice Sales'").Id -All | Sync-SoGroup -GroupName 'SuperOffice Sales'
            $result.Created | Should -BeGreaterThan 0
            Test-Listening $port | Should -BeTrue
        }
        finally {
            Disconnect-SoTenant
            Stop-SoSandbox
        }

        Test-Listening $port | Should -BeFalse
    }

    It 'leaves nothing listening when the shell that started it ends without Stop-SoSandbox (<Ending>)' -ForEach @(
        @{ Ending = 'exit' }, @{ Ending = 'kill' }
    ) {
        $portFile = Join-Path $TestDrive "port-$Ending.txt"
        $script = "Import-Module '$tools'; `$s = Start-SoSandbox; Set-Content '$portFile' `$s.ScimUrl.Port; " +
            ($Ending -eq 'exit' ? 'exit 0' : 'while ($true) { Start-Sleep -Milliseconds 200 }')
        $shell = Start-Process $pwsh -ArgumentList '-NoProfile', '-NonInteractive', '-Command', $script -PassThru
        try {
            # Wait for the port file (the shell writes it once its sandbox listens), then end the shell.
            $deadline = [DateTime]::UtcNow.AddSeconds(60)
            while (-not (Test-Path $portFile) -and [DateTime]::UtcNow -lt $deadline -and -not $shell.HasExited) { Start-Sleep -Milliseconds 100 }
            $port = [int](Get-Content $portFile)
            if ($Ending -eq 'kill') {
                Test-Listening $port | Should -BeTrue
                $shell.Kill($true)
            }
            $shell.WaitForExit(60000) | Should -BeTrue
        }
        finally {
            if (-not $shell.HasExited) { $shell.Kill($true) }
        }

        Test-Listening $port | Should -BeFalse
    }
}

# Installs the example invoicing application on a sandbox tenant and shows what the module does with it
# (after `dotnet build`):
#
#   dotnet pwsh ./examples/Install-App.ps1

param([string] $Manifest = [System.IO.Path]::Combine($PSScriptRoot, 'apps', 'acme-invoicing.app.json'))

$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'Use-Sandbox.ps1')
$sandbox = $SoSandbox

function Show([string] $Title, [scriptblock] $Step) {
    "`n=== $Title"
    & $Step | Out-Host
}

# "By hand": what an administrator might do in SuperOffice's own settings. Here a direct WebAPI call plays that part;
# it trusts the sandbox's self-signed certificate by its SHA-256 thumbprint, as the module does.
function Invoke-WebApiByHand([string] $Method, [string] $Path, [string] $Body = '') {
    $url = [uri]::new($sandbox.WebApiUrl, "v1/$Path")
    $token = [System.Net.NetworkCredential]::new('', $sandbox.AccessToken).Password
    $pin = $sandbox.CertificateThumbprint
    $tcp = [System.Net.Sockets.TcpClient]::new($url.Host, $url.Port)
    try {
        $trust = [System.Net.Security.RemoteCertificateValidationCallback] {
            param($sender, $certificate, $chain, $errors)
            [System.Convert]::ToHexString([System.Security.Cryptography.SHA256]::HashData($certificate.GetRawCertData())) -eq $pin
        }.GetNewClosure()
        $tls = [System.Net.Security.SslStream]::new($tcp.GetStream(), $false, $trust)
        $tls.AuthenticateAsClient($url.Host)
        [byte[]]$payload = [System.Text.Encoding]::UTF8.GetBytes($Body)
        $head = "$Method $($url.PathAndQuery) HTTP/1.0`r`nHost: $($url.Authority)`r`nAuthorization: Bearer $token`r`n" +
            "Content-Type: application/json`r`nContent-Length: $($payload.Length)`r`n`r`n"
        [byte[]]$request = [System.Text.Encoding]::ASCII.GetBytes($head) + $payload
        $tls.Write($request, 0, $request.Length)
        $status = ([System.IO.StreamReader]::new($tls).ReadLine() -split ' ')[1]
        if ([int]$status -ge 400) { throw "$Method $Path answered $status." }
    }
    finally {
        $tcp.Dispose()
    }
}

# Unattended, as a scheduled job would: the application's system user, its RSA key and its client secret.
Connect-SoTenant -Authority $sandbox.Authority -ContextIdentifier $sandbox.ContextIdentifier -CertificateThumbprint $sandbox.CertificateThumbprint `
    -ClientId $sandbox.ClientId -ClientSecret $sandbox.ClientSecret -PrivateKeyPath $sandbox.PrivateKeyPath -SystemUserToken $sandbox.SystemUserToken
Show 'The tenant' { Get-SoTenantStatus }

Show '1. What an install would do (-WhatIf writes nothing)' { Install-SoApplication -Path $Manifest -WhatIf }

Show '2. Install' { ($script:installed = Install-SoApplication -Path $Manifest) }

Show '3. Install again: everything is Unchanged, nothing is written' { Install-SoApplication -Path $Manifest }

$panel = $installed | Where-Object Key -eq 'Acme.Invoicing.ContactInvoices'
$button = $installed | Where-Object Kind -eq 'Button'
Invoke-WebApiByHand PUT "List/WebPanel/Items/$($panel.Id)" '{"Url":"https://old-invoicing.acme.example/","Tooltip":"Edited by hand"}'
Invoke-WebApiByHand DELETE "List/WebPanel/Items/$($button.Id)"
"`nBy hand: the web panel's Url and Tooltip were edited, and the button was deleted (a soft delete)."

Show '4. Test finds the drift, field by field' { ($script:drift = Test-SoApplication -Path $Manifest) }
Show '   The values that differ' { ($drift | Where-Object Status -eq 'Drifted').Differences }

Show '5. Install again: only what drifted is written back' { Install-SoApplication -Path $Manifest }
Show '   In sync now?' { Test-SoApplication -Path $Manifest -Quiet }

# Version 2.0.0 of the app: the contact panel gives way to one on the sale card.
$upgrade = Get-Content -LiteralPath $Manifest -Raw | ConvertFrom-Json
$upgrade.version = '2.0.0'
$sale = $upgrade.webPanels[0].PSObject.Copy()
$sale.key = 'SaleInvoices'
$sale.visibleIn = 'SaleCard'
$sale.windowName = 'acmesaleinvoices'
$sale.url = '{param:BaseUrl}/{param:Region}/sale?ctx={ctx}&sale=<said>'
$upgrade.webPanels = @($sale) + @($upgrade.webPanels | Select-Object -Skip 1)
$upgradePath = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "acme-invoicing-2.0.0-$([guid]::NewGuid().ToString('N')).app.json")
$upgrade | ConvertTo-Json -Depth 10 | Set-Content -LiteralPath $upgradePath -Encoding utf8
try {
    Show '6. Upgrade to version 2.0.0: the install record says 1.0.0 made the contact panel, so it is pruned' {
        Install-SoApplication -Path $upgradePath | Where-Object Status -ne 'Unchanged'
    }
    Show '   Version 1.0.0 tested now: what only 2.0.0 has' { Test-SoApplication -Path $Manifest | Where-Object Status -eq 'NotInManifest' }
}
finally {
    Remove-Item -LiteralPath $upgradePath
}

Show '7. Uninstall by name: the install record says what to remove, no manifest needed' { Uninstall-SoApplication -Name 'Acme Invoicing' -Confirm:$false }
Show '   What is left of it' { Test-SoApplication -Path $Manifest }

Disconnect-SoTenant

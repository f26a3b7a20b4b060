<#
.SYNOPSIS
    Installs (or upgrades) an application in every customer tenant of a tenant list, one shard of it per CI job,
    and sets the exit code from the outcome.

.DESCRIPTION
    The job a SuperOffice partner runs when a new version of its application ships: every tenant in the list signs
    in as the application's system user and gets the manifest installed, -ThrottleLimit tenants at a time. One
    tenant that is not running, or whose credentials are refused, is reported and the others go on.

    The tenant list is a CSV file with a ContextIdentifier column and a SystemUserTokenVariable column: the NAME of
    the environment variable that holds that tenant's system user token, never the token itself (a CI job maps its
    secrets to those variables). The application's client secret comes from an environment variable too
    (-ClientSecretVariable), and its private key from a file the job writes from a secret (-PrivateKeyPath).

    With -Shard 'k/N' only the tenants of shard k of N sign in (a stable hash of each context identifier decides),
    so N jobs of a CI matrix, each with its own k, share the list without overlap.

    At the end the script prints one line per tenant, writes the JSON report (-ReportPath, for the job to keep as
    an artifact; tenants that could not sign in are added to it under signInFailures), and exits with 1 when any
    tenant failed to sign in or to install, else 0.

.PARAMETER TenantsPath
    The tenant list (CSV: ContextIdentifier,SystemUserTokenVariable).

.PARAMETER ManifestPath
    The application manifest to install.

.PARAMETER Shard
    Which shard of the list this job handles, as NUMBER/COUNT ('1/1': all of it).

.PARAMETER ReportPath
    Where the JSON report goes.

.PARAMETER ThrottleLimit
    How many tenants sign in, and install, at once.

.PARAMETER Environment
    The SuperOffice environment (sod, qaonline, online) whose SuperID signs the tenants in.

.PARAMETER Authority
    A SuperID host other than the environments' (a local sandbox); takes precedence over -Environment.

.PARAMETER ClientId
    The application's client id (default: $env:SO_CLIENT_ID).

.PARAMETER ClientSecretVariable
    The name of the environment variable holding the application's client secret.

.PARAMETER PrivateKeyPath
    The application's RSA private key file (default: $env:SO_PRIVATE_KEY_PATH).

.PARAMETER Parameters
    Values for the manifest's parameters.

.PARAMETER CertificateThumbprint
    A self-signed server certificate to trust, by its SHA-256 thumbprint: for a local sandbox only.

.EXAMPLE
    dotnet pwsh ./examples/Install-App-AllTenants.ps1

    On a fresh clone after `dotnet build`: starts a local sandbox serving 8 tenants behind one SuperID, writes their
    tenant list (tokens in environment variables), installs the example application in all of them and prints one
    line per tenant.

.EXAMPLE
    $env:SO_CLIENT_ID = '...'; $env:SO_CLIENT_SECRET = '...'; $env:SO_TOKEN_CUST12345 = '...'
    ./examples/Install-App-AllTenants.ps1 -TenantsPath ./examples/data/tenants.csv -PrivateKeyPath ./app.pem -Shard 2/4 -ReportPath ./report-2.json

    Installs the example application in the second quarter of the tenants in the list.
#>
[CmdletBinding()]
param(
    # Without it, a local multi-tenant sandbox is started and its tenants are the list (see the first example).
    [string] $TenantsPath,

    [string] $ManifestPath = (Join-Path $PSScriptRoot 'apps' 'acme-invoicing.app.json'),

    [string] $Shard = '1/1',

    [string] $ReportPath = 'install-report.json',

    [ValidateRange(1, 256)]
    [int] $ThrottleLimit = 16,

    [ValidateSet('sod', 'qaonline', 'online')]
    [string] $Environment = 'online',

    [uri] $Authority,

    [string] $ClientId = $env:SO_CLIENT_ID,

    [string] $ClientSecretVariable = 'SO_CLIENT_SECRET',

    [string] $PrivateKeyPath = $env:SO_PRIVATE_KEY_PATH,

    [hashtable] $Parameters = @{},

    [string] $CertificateThumbprint
)

$ErrorActionPreference = 'Stop'

if (-not $TenantsPath) {
    # The demonstration: a local sandbox of 8 tenants stands in for a partner's customers.
    . (Join-Path $PSScriptRoot 'Use-Sandbox.ps1')
    if (@($SoSandbox.Tenants).Count -lt 2) {
        Stop-SoSandbox
        $SoSandbox = Start-SoSandbox -TenantCount 8
    }

    $TenantsPath = Join-Path ([System.IO.Path]::GetTempPath()) "sandbox-tenants-$PID.csv"
    $SoSandbox.Tenants | ForEach-Object {
        $variable = "SO_TOKEN_$($_.ContextIdentifier.ToUpperInvariant())"
        [System.Environment]::SetEnvironmentVariable($variable, [System.Net.NetworkCredential]::new('', $_.SystemUserToken).Password)
        [pscustomobject]@{ ContextIdentifier = $_.ContextIdentifier; SystemUserTokenVariable = $variable }
    } | Export-Csv -LiteralPath $TenantsPath
    [System.Environment]::SetEnvironmentVariable($ClientSecretVariable, [System.Net.NetworkCredential]::new('', $SoSandbox.ClientSecret).Password)
    $ClientId = $SoSandbox.ClientId
    $PrivateKeyPath = $SoSandbox.PrivateKeyPath
    $Authority = $SoSandbox.Authority
    $CertificateThumbprint = $SoSandbox.CertificateThumbprint
    "A local sandbox serves $(@($SoSandbox.Tenants).Count) tenants; their list is $TenantsPath."
}

# The module built in this checkout (after `dotnet build`), else the one installed (Install-PSResource SuperOfficeProvisioning).
$built = Join-Path $PSScriptRoot '..' 'out' 'SuperOfficeProvisioning' 'SuperOfficeProvisioning.psd1'
Import-Module ((Test-Path $built) ? $built : 'SuperOfficeProvisioning')

if (-not $ClientId) { throw 'No client id: pass -ClientId or set SO_CLIENT_ID.' }
if (-not $PrivateKeyPath) { throw 'No private key: pass -PrivateKeyPath or set SO_PRIVATE_KEY_PATH.' }
$clientSecret = [System.Environment]::GetEnvironmentVariable($ClientSecretVariable)
if (-not $clientSecret) { throw "The environment variable $ClientSecretVariable (the application's client secret) is not set." }

$signIn = @{
    ClientId       = $ClientId
    ClientSecret   = ConvertTo-SecureString $clientSecret -AsPlainText -Force
    PrivateKeyPath = $PrivateKeyPath
    Shard          = $Shard
    ThrottleLimit  = $ThrottleLimit
}
if ($Authority) { $signIn.Authority = $Authority } else { $signIn.Environment = $Environment }
if ($CertificateThumbprint) { $signIn.CertificateThumbprint = $CertificateThumbprint }

# One pipeline: each row signs in (bounded), each connection is installed as soon as it is there (bounded), one
# summary line per tenant comes out. A tenant that fails is an error about it; the rest go on.
$results = @(
    Import-Csv -LiteralPath $TenantsPath |
        Connect-SoTenant @signIn -PassThru -ErrorAction Continue -ErrorVariable signInFailures |
        Install-SoApplication -Path $ManifestPath -Parameters $Parameters -ThrottleLimit $ThrottleLimit -ReportPath $ReportPath -Confirm:$false -ErrorAction Continue
)

$results | Sort-Object ContextIdentifier | Format-Table -AutoSize | Out-Host

# The report is Install-SoApplication's; tenants that never signed in are added, so the artifact names every tenant of the shard.
if ($signInFailures.Count -gt 0) {
    $report = (Test-Path -LiteralPath $ReportPath) ? (Get-Content -LiteralPath $ReportPath -Raw | ConvertFrom-Json -AsHashtable) : [ordered]@{ shard = $Shard; tenants = @() }
    $report.signInFailures = @(foreach ($failure in $signInFailures) {
            [ordered]@{ contextIdentifier = "$($failure.TargetObject)"; errorId = $failure.FullyQualifiedErrorId.Split(',')[0]; error = $failure.Exception.Message }
        })
    $temporary = "$ReportPath.$([guid]::NewGuid().ToString('N')).tmp"
    $report | ConvertTo-Json -Depth 10 | Set-Content -LiteralPath $temporary -Encoding utf8
    Move-Item -LiteralPath $temporary -Destination $ReportPath -Force
}

$failed = @($results | Where-Object Status -ne 'Succeeded')
"Shard ${Shard}: $($results.Count - $failed.Count) tenant(s) installed, $($failed.Count) failed, $($signInFailures.Count) could not sign in."
exit (($failed.Count + $signInFailures.Count) -gt 0 ? 1 : 0)

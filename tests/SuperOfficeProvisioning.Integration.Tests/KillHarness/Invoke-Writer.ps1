# One writer as an administrator's script runs it, in real pwsh, for the kill harness (KillTrial.cs). Prints one
# 'harness:' line at the end, which a killed run never reaches.
param(
    [Parameter(Mandatory)] [ValidateSet('New-SoUser', 'Sync-SoGroup', 'Install-SoApplication')] [string] $Writer,
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $DetailsFile,
    [Parameter(Mandatory)] [string] $LogPath,
    [string] $UsersCsv,
    [string] $GroupName,
    [string] $GroupId,
    [string] $ManifestPath
)

# The harness checks this against the process it starts (and kills): the engine, not a launcher.
"harness: engine $PID"
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$PSStyle.OutputRendering = 'PlainText'
Import-Module $ModuleManifest
$tenant = Get-Content -LiteralPath $DetailsFile -Raw | ConvertFrom-Json

$logging = @{ LogPath = $LogPath }

function Format-Errors($failures) {
    $ids = @($failures) | Group-Object { $_.FullyQualifiedErrorId } | ForEach-Object { "$($_.Name) x$($_.Count)" }
    "errors=$(@($failures).Count) [$($ids -join '; ')]"
}

if ($Writer -eq 'Install-SoApplication') {
    $token = ConvertTo-SecureString $tenant.AccessToken -AsPlainText -Force
    Connect-SoTenant -WebApiUrl $tenant.WebApiUrl -AccessToken $token -ContextIdentifier $tenant.ContextIdentifier -CertificateThumbprint $tenant.CertificateThumbprint
    $rows = Install-SoApplication -Path $ManifestPath @logging -ErrorAction SilentlyContinue -ErrorVariable failures
    "harness: done $((@($rows) | ForEach-Object { "$($_.Kind)=$($_.Status)" }) -join ' ') $(Format-Errors $failures)"
    return
}

$token = ConvertTo-SecureString $tenant.ScimToken -AsPlainText -Force
Connect-SoTenant -ScimUrl $tenant.ScimUrl -ScimToken $token -CertificateThumbprint $tenant.CertificateThumbprint
$users = Import-Csv -LiteralPath $UsersCsv
if ($Writer -eq 'New-SoUser') {
    $created = $users | New-SoUser -Group $GroupName @logging -ErrorAction SilentlyContinue -ErrorVariable failures
    "harness: done created=$(@($created).Count) $(Format-Errors $failures)"
}
else {
    $summary = $users | Sync-SoGroup -GroupName $GroupName -GroupId $GroupId @logging -ErrorAction SilentlyContinue -ErrorVariable failures
    "harness: done created=$($summary.Created) membersAdded=$($summary.MembersAdded) failed=$($summary.Failed) $(Format-Errors $failures)"
}

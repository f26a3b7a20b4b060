# The server profile a suite runs against (Support/ServerProfiles.psd1), by name.

function script:Get-ServerProfile {
    param([string] $Name = 'Honest')

    $found = (Import-PowerShellDataFile (Join-Path $PSScriptRoot 'ServerProfiles.psd1')).Profiles | Where-Object Name -EQ $Name
    if (-not $found) {
        throw "There is no server profile named '$Name' in Support/ServerProfiles.psd1."
    }

    [pscustomobject]$found
}

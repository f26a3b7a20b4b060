# HTTP helpers for tests against a sandbox tenant: a browser stand-in for the SuperID sign-in, and raw WebAPI calls
# that check the tenant independently of the module. The sandbox's certificate is trusted by pinning its SHA-256,
# inside a synchronous TLS handshake (a script block cannot run as a callback on another thread).
# Raw sockets rather than Invoke-WebRequest: a pinned certificate needs a validation callback the cmdlet does not take.

function script:Invoke-PinnedHttp {
    param([string] $Method, [uri] $Url, [string] $Thumbprint, [hashtable] $Headers = @{}, [string] $Body)

    $tcp = [System.Net.Sockets.TcpClient]::new($Url.Host, $Url.Port)
    try {
        $pin = $Thumbprint
        $validate = [System.Net.Security.RemoteCertificateValidationCallback] {
            param($sender, $certificate, $chain, $errors)
            [System.Convert]::ToHexString([System.Security.Cryptography.SHA256]::HashData($certificate.GetRawCertData())) -eq $pin
        }.GetNewClosure()
        $tls = [System.Net.Security.SslStream]::new($tcp.GetStream(), $false, $validate)
        $tls.AuthenticateAsClient($Url.Host)
        [byte[]]$payload = [System.Text.Encoding]::UTF8.GetBytes([string]$Body)
        # HTTP/1.0: the answer is never chunked and ends when the server closes the connection.
        $head = "$Method $($Url.PathAndQuery) HTTP/1.0`r`nHost: $($Url.Authority)`r`nContent-Length: $($payload.Length)`r`n"
        if ($Body) { $head += "Content-Type: application/json`r`n" }
        foreach ($name in $Headers.Keys) { $head += "${name}: $($Headers[$name])`r`n" }
        $request = [System.Text.Encoding]::ASCII.GetBytes($head + "`r`n")
        $tls.Write($request, 0, $request.Length)
        if ($payload.Length -gt 0) { $tls.Write($payload, 0, $payload.Length) }
        $text = [System.IO.StreamReader]::new($tls, [System.Text.Encoding]::UTF8).ReadToEnd()
        $split = $text.IndexOf("`r`n`r`n")
        $lines = $text.Substring(0, $split) -split "`r`n"
        $answer = @{ Status = [int]($lines[0] -split ' ')[1]; Headers = @{}; Body = $text.Substring($split + 4) }
        for ($i = 1; $i -lt $lines.Count; $i++) {
            $colon = $lines[$i].IndexOf(':')
            if ($colon -gt 0) { $answer.Headers[$lines[$i].Substring(0, $colon).Trim()] = $lines[$i].Substring($colon + 1).Trim() }
        }
        [pscustomobject]$answer
    }
    finally {
        $tcp.Dispose()
    }
}

# The browser for Connect-SoTenant -BrowserCommand: GETs the sign-in page (the sandbox consents at once and answers
# with a redirect), then follows the redirect to the module's loopback listener, as a browser would.
function script:New-TestBrowser {
    param([string] $Thumbprint, [System.Collections.Generic.List[uri]] $Visited)

    $pin = $Thumbprint
    $log = $Visited
    # A closure sees variables, not the functions of the script that made it.
    $http = ${function:Invoke-PinnedHttp}
    {
        param([uri] $SignInUrl)
        if ($null -ne $log) { $log.Add($SignInUrl) }
        $page = & $http -Method GET -Url $SignInUrl -Thumbprint $pin
        if ($page.Status -ne 302) { throw "The sign-in page answered $($page.Status), not a redirect." }
        $redirect = [uri]$page.Headers['Location']
        $client = [System.Net.Http.HttpClient]::new()
        try {
            $reply = $client.GetAsync($redirect).GetAwaiter().GetResult()
            if ([int]$reply.StatusCode -ne 200) { throw "The loopback listener answered $([int]$reply.StatusCode)." }
        }
        finally { $client.Dispose() }
    }.GetNewClosure()
}

# A WebAPI call made by the test itself, with the sandbox administrator's access token.
function script:Invoke-SandboxApi {
    param([object] $Sandbox, [string] $Method = 'GET', [string] $Path, [string] $Body)

    $token = [System.Net.NetworkCredential]::new('', $Sandbox.AccessToken).Password
    $url = [uri]::new($Sandbox.WebApiUrl, "v1/$Path")
    $answer = Invoke-PinnedHttp -Method $Method -Url $url -Thumbprint $Sandbox.CertificateThumbprint -Headers @{ Authorization = "Bearer $token"; Accept = 'application/json' } -Body $Body
    if ($answer.Status -ge 400) { throw "$Method $Path answered $($answer.Status): $($answer.Body)" }
    if ($answer.Body.Trim().Length -eq 0) { return $null }
    ConvertFrom-JsonText $answer.Body
}

# Every row of a WebAPI list route (a plain array), deleted ones too, as PowerShell objects.
function script:Get-SandboxRows([object] $Sandbox, [string] $Path) {
    foreach ($row in (Invoke-SandboxApi -Sandbox $Sandbox -Path "$Path`?includeDeleted=true")) { $row }
}

function script:ConvertFrom-JsonText([string] $Json) {
    $document = [System.Text.Json.JsonDocument]::Parse($Json)
    try { ConvertFrom-JsonElement $document.RootElement } finally { $document.Dispose() }
}

function script:ConvertFrom-JsonElement($Element) {
    switch ($Element.ValueKind.ToString()) {
        'Object' {
            $result = [ordered]@{}
            foreach ($property in $Element.EnumerateObject()) { $result[$property.Name] = ConvertFrom-JsonElement $property.Value }
            return [pscustomobject]$result
        }
        'Array' { return , @(foreach ($item in $Element.EnumerateArray()) { ConvertFrom-JsonElement $item }) }
        'String' { return $Element.GetString() }
        'Number' { $whole = 0L; if ($Element.TryGetInt64([ref]$whole)) { return $whole } else { return $Element.GetDouble() } }
        'True' { return $true }
        'False' { return $false }
        default { return $null }
    }
}

# The display names of the members of a SCIM group, read from the gateway by the test itself with the SCIM token.
function script:Get-ScimGroupMemberNames {
    param([object] $Sandbox, [string] $GroupName)

    $token = [System.Net.NetworkCredential]::new('', $Sandbox.ScimToken).Password
    $filter = [uri]::EscapeDataString("displayName eq `"$GroupName`"")
    $url = [uri]::new("$($Sandbox.ScimUrl.ToString().TrimEnd('/'))/Groups?filter=$filter")
    $answer = Invoke-PinnedHttp -Method GET -Url $url -Thumbprint $Sandbox.CertificateThumbprint -Headers @{ Authorization = "Bearer $token"; Accept = 'application/scim+json' }
    if ($answer.Status -ge 400) { throw "GET Groups answered $($answer.Status): $($answer.Body)" }
    $names = [System.Collections.Generic.List[string]]::new()
    foreach ($group in (ConvertFrom-JsonText $answer.Body).Resources) {
        foreach ($member in $group.members) { $names.Add($member.display) }
    }
    $names.Sort([System.StringComparer]::OrdinalIgnoreCase)
    $names.ToArray()
}

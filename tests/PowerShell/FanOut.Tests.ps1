# Many tenants in one job: a tenant list piped to Connect-SoTenant (system user sign-in, tokens named by environment
# variables, -Shard), and connections piped to Install-, Test- and Uninstall-SoApplication (one summary line per
# tenant, one tenant's failure its own, -ReportPath). Two sandboxes play two tenants: this session's, and one started
# in a second runspace of this process (a session runs one sandbox; another runspace may run its own).

BeforeAll {
    $script:repoRoot = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..'))
    Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SuperOfficeProvisioning', 'SuperOfficeProvisioning.psd1')) -Force -ErrorAction Stop
    $script:tools = [System.IO.Path]::Combine($repoRoot, 'out', 'SandboxTools', 'SuperOfficeProvisioning.SandboxTools.psd1')
    Import-Module $tools -Force -ErrorAction Stop
    $script:sandbox = Start-SoSandbox -Seed 9009
    $script:ctx = $sandbox.ContextIdentifier

    $script:otherRunspace = [runspacefactory]::CreateRunspace([System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault2())
    $otherRunspace.Open()
    # Runs a script in the second runspace, where the other sandbox is that session's sandbox.
    function script:Invoke-Other([scriptblock] $Script, [object[]] $Arguments = @()) {
        $shell = [powershell]::Create()
        $shell.Runspace = $otherRunspace
        try {
            $null = $shell.AddScript($Script.ToString())
            foreach ($argument in $Arguments) { $null = $shell.AddArgument($argument) }
            $shell.Invoke()
            if ($shell.HadErrors) { throw $shell.Streams.Error[0] }
        }
        finally {
            $shell.Dispose()
        }
    }
    $script:other = Invoke-Other { param($Tools) Import-Module $Tools; Start-SoSandbox -ContextIdentifier Cust22222 -Seed 9010 } @($tools)

    function script:Plain([securestring] $Secret) { [System.Net.NetworkCredential]::new('', $Secret).Password }
    $env:SO_FANOUT_TOKEN = Plain $sandbox.SystemUserToken
    $env:SO_FANOUT_WRONG_TOKEN = '7T:d3JvbmctdG9rZW4tZm9yLXRoZS10ZW5hbnQ='
    [System.Environment]::SetEnvironmentVariable('SO_FANOUT_UNSET', $null)
    $script:signIn = @{
        Authority = $sandbox.Authority; ClientId = $sandbox.ClientId; ClientSecret = $sandbox.ClientSecret
        PrivateKeyPath = $sandbox.PrivateKeyPath; CertificateThumbprint = $sandbox.CertificateThumbprint
    }
    $script:secrets = @((Plain $sandbox.ClientSecret), $env:SO_FANOUT_TOKEN, $env:SO_FANOUT_WRONG_TOKEN, (Plain $other.SystemUserToken), (Plain $other.ClientSecret))

    function script:Connect-Other {
        Connect-SoTenant -Authority $other.Authority -ContextIdentifier $other.ContextIdentifier -ClientId $other.ClientId -ClientSecret $other.ClientSecret `
            -PrivateKeyPath $other.PrivateKeyPath -SystemUserToken $other.SystemUserToken -CertificateThumbprint $other.CertificateThumbprint -PassThru -ErrorAction Stop
    }

    # A tenant list file from "ContextIdentifier=SystemUserTokenVariable" pairs.
    function script:New-TenantList([string[]] $Rows) {
        $path = [System.IO.Path]::Combine($TestDrive, [guid]::NewGuid().ToString('N') + '.csv')
        $Rows | ForEach-Object { $tenant, $variable = $_.Split('='); [pscustomobject]@{ ContextIdentifier = $tenant; SystemUserTokenVariable = $variable } } |
            Export-Csv -LiteralPath $path
        $path
    }

    $script:exampleText = [System.IO.File]::ReadAllText([System.IO.Path]::Combine($repoRoot, 'examples', 'apps', 'acme-invoicing.app.json'))
    # The example manifest under a name of its own, so that tests never share objects.
    function script:New-AppManifest([string] $Tag) {
        $text = $exampleText.Replace('"name": "Acme Invoicing"', "`"name`": `"Acme $Tag`"").Replace('Acme.Invoicing', "Acme.$Tag").Replace('Acme invoice status', "Acme $Tag status").Replace('Invoicing customer', "$Tag customer")
        $path = [System.IO.Path]::Combine($TestDrive, "$Tag.app.json")
        [System.IO.File]::WriteAllText($path, $text)
        $path
    }

    function script:Get-OtherStats { Invoke-Other { Get-SoSandboxStats } }
}

AfterAll {
    Disconnect-SoTenant
    Stop-SoSandbox
    Invoke-Other { Stop-SoSandbox }
    $otherRunspace.Dispose()
    'SO_FANOUT_TOKEN', 'SO_FANOUT_WRONG_TOKEN' | ForEach-Object { [System.Environment]::SetEnvironmentVariable($_, $null) }
}

Describe 'Connect-SoTenant with a tenant list from the pipeline' {
    BeforeEach {
        Disconnect-SoTenant
    }

    It 'signs every row in, reports a row that cannot sign in as an error about its tenant, and goes on with the rest' {
        $list = New-TenantList @("$ctx=SO_FANOUT_TOKEN", "Cust88888=SO_FANOUT_UNSET", "Cust99999=SO_FANOUT_TOKEN", "$ctx=SO_FANOUT_WRONG_TOKEN", "$ctx=SO_FANOUT_TOKEN")

        $streams = Import-Csv $list | Connect-SoTenant @signIn -PassThru -ErrorVariable failures -ErrorAction SilentlyContinue -Verbose 4>&1
        $connections = @($streams | Where-Object { $_.PSObject.TypeNames -contains 'SuperOffice.Connection' })

        $connections | Should -HaveCount 2
        $connections.ContextIdentifier | Should -Be @($ctx, $ctx)
        $connections.AuthenticationType | Should -Be @('SystemUser', 'SystemUser')
        [object]::ReferenceEquals($connections[0].Pipeline, $connections[1].Pipeline) | Should -BeFalse -Because 'each tenant of many has a pipeline of its own'
        $failures | Should -HaveCount 3
        $byTarget = @{}
        $failures | ForEach-Object { $byTarget["$($_.TargetObject)|$($_.FullyQualifiedErrorId.Split(',')[0])"] = $_ }
        $byTarget.Keys | Sort-Object | Should -Be @("$ctx|SystemUserSignInFailed", 'Cust88888|SystemUserTokenVariableNotSet', 'Cust99999|TenantNotRunning')
        $byTarget['Cust88888|SystemUserTokenVariableNotSet'].Exception.Message | Should -BeLike "*Cust88888*'SO_FANOUT_UNSET'*"
        $byTarget['Cust88888|SystemUserTokenVariableNotSet'].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $byTarget['Cust99999|TenantNotRunning'].CategoryInfo.Category | Should -Be 'ResourceUnavailable'
        $byTarget["$ctx|SystemUserSignInFailed"].CategoryInfo.Category | Should -Be 'AuthenticationError'
        $byTarget["$ctx|SystemUserSignInFailed"].Exception.Message | Should -BeLike "*refused the system user sign-in*$ctx*"
        (Get-SoConnection).Id | Should -BeIn $connections.Id
        $text = (@($streams) + @($failures) | ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) { $_.Exception.ToString() } else { "$_" } }) -join "`n"
        foreach ($secret in $secrets) {
            $text.Contains($secret) | Should -BeFalse -Because 'no token may appear in any stream'
        }
    }

    It 'makes the last row of the input that connected the current connection' {
        $list = New-TenantList @("$ctx=SO_FANOUT_TOKEN", "$ctx=SO_FANOUT_TOKEN", "Cust88888=SO_FANOUT_UNSET")

        # One at a time, the connections come out in the order of the rows.
        $connections = @(Import-Csv $list | Connect-SoTenant @signIn -ThrottleLimit 1 -PassThru -ErrorAction SilentlyContinue)

        $connections | Should -HaveCount 2
        (Get-SoConnection).Id | Should -Be $connections[1].Id
    }

    It 'leaves the current connection as it was when no row connects' {
        $before = Connect-Other
        $list = New-TenantList @("Cust88888=SO_FANOUT_UNSET")

        Import-Csv $list | Connect-SoTenant @signIn -ErrorAction SilentlyContinue

        (Get-SoConnection).Id | Should -Be $before.Id
    }

    It 'passes over the rows of other shards before reading their token or signing them in' {
        # Shards of four, by the documented hash: Cust12345 is in 3, Cust22222 and Cust99999 in 1, Cust88888 in 4.
        $list = New-TenantList @("$ctx=SO_FANOUT_TOKEN", "Cust22222=SO_FANOUT_UNSET", "Cust99999=SO_FANOUT_UNSET", "Cust88888=SO_FANOUT_UNSET")
        Reset-SoSandboxStats

        $third = @(Import-Csv $list | Connect-SoTenant @signIn -Shard '3/4' -PassThru -ErrorVariable thirdFailures -ErrorAction SilentlyContinue)
        $first = @(Import-Csv $list | Connect-SoTenant @signIn -Shard ' 1 / 4 ' -PassThru -ErrorVariable firstFailures -ErrorAction SilentlyContinue)

        $third.ContextIdentifier | Should -Be @($ctx)
        "$($third[0].Shard)" | Should -BeExactly '3/4'
        $thirdFailures | Should -HaveCount 0
        $first | Should -HaveCount 0
        @($firstFailures.TargetObject | Sort-Object) | Should -Be @('Cust22222', 'Cust99999') -Because 'only the rows of shard 1 were read'
    }

    It 'refuses -Shard <Shard> before any row is read' -ForEach @(@{ Shard = '0/4' }, @{ Shard = '5/4' }, @{ Shard = '3' }, @{ Shard = 'a/b' }) {
        $list = New-TenantList @("$ctx=SO_FANOUT_TOKEN")

        $failure = { Import-Csv $list | Connect-SoTenant @signIn -Shard $Shard -ErrorAction Stop } | Should -Throw -ErrorId 'ShardInvalid,*' -PassThru

        $failure.Exception.Message | Should -BeLike "*'$Shard'*NUMBER/COUNT*"
        Get-SoConnection | Should -BeNullOrEmpty
    }

    It 'signs one tenant in with its token named by -SystemUserTokenVariable, and names the tenant when neither or both are given' {
        $one = @{ ContextIdentifier = $ctx } + $signIn

        (Connect-SoTenant @one -SystemUserTokenVariable SO_FANOUT_TOKEN -PassThru -ErrorAction Stop).AuthenticationType | Should -BeExactly 'SystemUser'
        $neither = { Connect-SoTenant @one -ErrorAction Stop } | Should -Throw -ErrorId 'SystemUserTokenMissing,*' -PassThru
        $both = { Connect-SoTenant @one -SystemUserToken $sandbox.SystemUserToken -SystemUserTokenVariable SO_FANOUT_TOKEN -ErrorAction Stop } | Should -Throw -ErrorId 'SystemUserTokenGivenTwice,*' -PassThru
        $unset = { Connect-SoTenant @one -SystemUserTokenVariable SO_FANOUT_UNSET -ErrorAction Stop } | Should -Throw -ErrorId 'SystemUserTokenVariableNotSet,*' -PassThru

        foreach ($failure in $neither, $both, $unset) {
            $failure.Exception.Message | Should -BeLike "*$ctx*"
            $failure.TargetObject | Should -BeExactly $ctx
            $failure.Exception.Message.Contains($env:SO_FANOUT_TOKEN) | Should -BeFalse
        }
    }
}

Describe 'Install-, Test- and Uninstall-SoApplication over connections from the pipeline' {
    BeforeAll {
        Disconnect-SoTenant
        $list = New-TenantList @("$ctx=SO_FANOUT_TOKEN", "$ctx=SO_FANOUT_TOKEN")
        $script:first, $script:second = Import-Csv $list | Connect-SoTenant @signIn -ThrottleLimit 1 -PassThru -ErrorAction Stop
        $script:remote = Connect-Other
    }

    AfterEach {
        Invoke-Other { Set-SoSandboxTenantState Running }
    }

    It 'writes one summary line per tenant and no object rows; one tenant''s connections run one after another' {
        $manifest = New-AppManifest 'Lines'
        Reset-SoSandboxStats
        Invoke-Other { Reset-SoSandboxStats }

        $results = @($first, $remote, $second | Install-SoApplication -Path $manifest -ThrottleLimit 3 -ErrorAction Stop)

        $results | Should -HaveCount 3
        $results | ForEach-Object { $_.PSObject.TypeNames | Should -Contain 'SuperOffice.TenantResult' }
        $results.Status | Should -Be @('Succeeded', 'Succeeded', 'Succeeded')
        $here = @($results | Where-Object ContextIdentifier -eq $ctx)
        @($here | Sort-Object Created | ForEach-Object { "$($_.Created)/$($_.Unchanged)" }) | Should -Be @('0/10', '10/0') -Because 'the second connection to the tenant ran after the first had installed'
        $there = $results | Where-Object ContextIdentifier -eq 'Cust22222'
        ($there.Objects, $there.Created, $there.Failed, $there.Application) | Should -Be @(10, 10, 0, 'Acme Lines')
        $there.Requests | Should -Be (Get-OtherStats).TotalRequests -Because "a tenant's count is exactly what reached it"
        ($here.Requests | Measure-Object -Sum).Sum | Should -Be (Get-SoSandboxStats).TotalRequests
        $there.Duration | Should -BeOfType [timespan]
        (Test-SoApplication -Path $manifest -Connection $remote | Where-Object Status -eq 'InSync') | Should -HaveCount 10
    }

    It 'reports a tenant that is not running as an error about that tenant, and installs the others' {
        $manifest = New-AppManifest 'Suspended'
        Invoke-Other { Set-SoSandboxTenantState Suspended }

        $results = @($remote, $first | Install-SoApplication -Path $manifest -ErrorVariable failures -ErrorAction SilentlyContinue)

        $results | Should -HaveCount 2
        $down = $results | Where-Object ContextIdentifier -eq 'Cust22222'
        ($down.Status, $down.ErrorId, $down.Objects) | Should -Be @('Failed', 'TenantNotRunning', 0)
        $down.Error | Should -BeLike '*Suspended*'
        ($results | Where-Object ContextIdentifier -eq $ctx).Status | Should -BeExactly 'Succeeded'
        $failures | Should -HaveCount 1
        $failures[0].TargetObject | Should -BeExactly 'Cust22222'
        $failures[0].CategoryInfo.Category | Should -Be 'ResourceUnavailable'
        $failures[0].Exception.Message | Should -BeLike '*Cust22222*'
    }

    It 'fails only the tenant whose credentials the server refuses; the others go on' {
        $manifest = New-AppManifest 'Refused'
        $refused = Connect-SoTenant -WebApiUrl $sandbox.WebApiUrl -AccessToken (ConvertTo-SecureString 'not-a-valid-token' -AsPlainText -Force) -CertificateThumbprint $sandbox.CertificateThumbprint -PassThru

        $results = @($refused, $remote | Install-SoApplication -Path $manifest -ErrorVariable failures -ErrorAction SilentlyContinue)

        $results | Should -HaveCount 2
        ($results | Where-Object ContextIdentifier -eq $ctx).ErrorId | Should -BeExactly 'WebApiUnauthorized'
        ($results | Where-Object ContextIdentifier -eq 'Cust22222').Status | Should -BeExactly 'Succeeded'
        $failures | Should -HaveCount 1
        $failures[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
        $failures[0].TargetObject | Should -BeExactly $ctx
    }

    It 'exports the summary lines to CSV as they are' {
        $results = @($first, $remote | Test-SoApplication -Path (New-AppManifest 'Csv'))
        $file = [System.IO.Path]::Combine($TestDrive, 'results.csv')

        $results | Export-Csv -LiteralPath $file
        $back = @(Import-Csv -LiteralPath $file)

        (Get-Content -LiteralPath $file -Raw) | Should -Not -Match 'System\.|SuperOfficeProvisioning\.'
        $back | Should -HaveCount 2
        foreach ($column in 'ContextIdentifier', 'Status', 'Operation', 'Missing', 'Requests', 'Error') {
            $back.$column | Should -Be ($results | ForEach-Object { "$($_.$column)" }) -Because $column
        }
        $back[0].Missing | Should -Be '10'
    }

    It 'writes the JSON report whole at the end, every tenant with its objects, also when a tenant failed' {
        $manifest = New-AppManifest 'Report'
        $report = [System.IO.Path]::Combine($TestDrive, 'reports', 'install.json')
        Invoke-Other { Set-SoSandboxTenantState Suspended }

        $results = @($first, $remote | Install-SoApplication -Path $manifest -ReportPath $report -ErrorAction SilentlyContinue)

        $json = Get-Content -LiteralPath $report -Raw | ConvertFrom-Json -DateKind String
        $json.command | Should -BeExactly 'Install-SoApplication'
        [datetimeoffset]::Parse($json.endedAt) | Should -BeGreaterOrEqual ([datetimeoffset]::Parse($json.startedAt))
        $json.applications[0].name | Should -BeExactly 'Acme Report'
        $json.applications[0].version | Should -BeExactly '1.0.0'
        $json.tenants.contextIdentifier | Should -Be @($ctx, 'Cust22222') -Because 'entries are in the order the connections came'
        $json.tenants.status | Should -Be @('Succeeded', 'Failed')
        $json.summary.failed | Should -Be 1
        $json.tenants[0].objects | Should -HaveCount 10
        $json.tenants[0].objects[0].PSObject.Properties.Name | Should -Contain 'kind'
        ($json.tenants[0].objects | Where-Object { $_.status -eq 'Created' -and $_.id -gt 0 }) | Should -HaveCount 10
        $json.tenants[1].errorId | Should -BeExactly 'TenantNotRunning'
        $json.tenants[0].requests | Should -Be ($results | Where-Object ContextIdentifier -eq $ctx).Requests
        Get-ChildItem -LiteralPath ([System.IO.Path]::GetDirectoryName($report)) -Force | ForEach-Object Name | Should -Be @('install.json')
    }

    It 'writes nothing under -WhatIf and says so per tenant' {
        $manifest = New-AppManifest 'WhatIf'
        Reset-SoSandboxStats

        $results = @($first | Install-SoApplication -Path $manifest -WhatIf)

        ($results.Status, $results.Created) | Should -Be @('WhatIf', 10)
        (Get-SoSandboxStats).Writes | Should -Be 0
    }

    It 'tests every tenant with one line of counts each, and -Quiet answers for all of them' {
        $manifest = New-AppManifest 'Tested'
        $first | Install-SoApplication -Path $manifest -ErrorAction Stop | Out-Null

        $lines = @($first, $remote | Test-SoApplication -Path $manifest)

        $lines | ForEach-Object { $_.PSObject.TypeNames[0] | Should -BeExactly 'SuperOffice.TenantTestResult' }
        ($lines | Where-Object ContextIdentifier -eq $ctx).InSync | Should -Be 10
        ($lines | Where-Object ContextIdentifier -eq 'Cust22222').Missing | Should -Be 10
        $first | Test-SoApplication -Path $manifest -Quiet | Should -BeTrue
        $first, $remote | Test-SoApplication -Path $manifest -Quiet | Should -BeFalse
    }

    It 'uninstalls from every tenant, by manifest and by name' {
        $manifest = New-AppManifest 'Removed'
        $first, $remote | Install-SoApplication -Path $manifest -ErrorAction Stop | Out-Null

        $removed = @($first, $remote | Uninstall-SoApplication -Path $manifest -Confirm:$false -ErrorAction Stop)
        $again = @($first, $remote | Uninstall-SoApplication -Name 'Acme Removed' -Confirm:$false -ErrorAction Stop)

        $removed.Removed | Should -Be @(10, 10)
        $removed.Operation | Should -Be @('Uninstall', 'Uninstall')
        $again.Removed | Should -Be @(0, 0)
        $again.Status | Should -Be @('Succeeded', 'Succeeded')
    }

    It 'keeps one audit log per tenant beside -LogPath' {
        $log = [System.IO.Path]::Combine($TestDrive, 'logs', 'install.jsonl')

        $first, $remote | Install-SoApplication -Path (New-AppManifest 'Logged') -LogPath $log -ErrorAction Stop | Out-Null

        Get-ChildItem -LiteralPath ([System.IO.Path]::GetDirectoryName($log)) | ForEach-Object Name | Sort-Object | Should -Be @("install.$ctx.jsonl", 'install.Cust22222.jsonl')
        Get-Content -LiteralPath ([System.IO.Path]::Combine($TestDrive, 'logs', 'install.Cust22222.jsonl')) | Should -Not -BeNullOrEmpty
    }

    It 'ends before any tenant is touched when the manifest is not valid' {
        $bad = [System.IO.Path]::Combine($TestDrive, 'bad.app.json')
        [System.IO.File]::WriteAllText($bad, '{ "name": "Bad" }')
        Reset-SoSandboxStats

        { $first, $remote | Install-SoApplication -Path $bad -ErrorAction Stop } | Should -Throw -ErrorId 'ManifestInvalid,*'

        (Get-SoSandboxStats).TotalRequests | Should -Be 0
    }

    It 'writes a report with no tenants when none came down the pipeline' {
        $report = [System.IO.Path]::Combine($TestDrive, 'empty.json')

        $results = @(@() | Install-SoApplication -Path (New-AppManifest 'Nobody') -ReportPath $report)

        $results | Should -HaveCount 0
        (Get-Content -LiteralPath $report -Raw | ConvertFrom-Json).summary.tenants | Should -Be 0
    }

    It 'refuses -ReportPath for a connection that is not piped in' {
        { Install-SoApplication -Path (New-AppManifest 'NotPiped') -Connection $first -ReportPath ([System.IO.Path]::Combine($TestDrive, 'x.json')) -ErrorAction Stop } |
            Should -Throw -ErrorId 'ReportPathNeedsPipedConnections,*'
    }

    It 'runs the whole job in one pipeline: Import-Csv | Connect-SoTenant -PassThru | Install-SoApplication' {
        $list = New-TenantList @("$ctx=SO_FANOUT_TOKEN", "Cust88888=SO_FANOUT_UNSET", "$ctx=SO_FANOUT_TOKEN")
        $manifest = New-AppManifest 'Pipeline'

        $results = @(Import-Csv $list | Connect-SoTenant @signIn -PassThru -ErrorVariable signInFailures -ErrorAction SilentlyContinue |
                Install-SoApplication -Path $manifest -ThrottleLimit 2)

        $results.Status | Should -Be @('Succeeded', 'Succeeded')
        ($results.Created | Measure-Object -Sum).Sum | Should -Be 10
        $signInFailures.TargetObject | Should -Be @('Cust88888')
    }
}

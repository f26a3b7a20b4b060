# The CI examples under examples/ci: valid YAML (parsed with YamlDotNet, which the build lays out in out/YamlDotNet),
# a matrix of four shards, secrets only from the CI's secret store, the report kept as an artifact, and both calling
# the one script examples/Install-App-AllTenants.ps1 -- which runs here against two sandbox tenants in a fresh pwsh.

BeforeAll {
    $script:repoRoot = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..'))
    Add-Type -LiteralPath ([System.IO.Path]::Combine($repoRoot, 'out', 'YamlDotNet', 'YamlDotNet.dll'))
    $script:scriptPath = 'examples/Install-App-AllTenants.ps1'
    $script:tenantVariables = @(Import-Csv ([System.IO.Path]::Combine($repoRoot, 'examples', 'data', 'tenants.csv')) | ForEach-Object SystemUserTokenVariable)

    function script:Read-Yaml([string] $Path) {
        $reader = [System.IO.StringReader]::new([System.IO.File]::ReadAllText([System.IO.Path]::Combine($repoRoot, $Path)))
        [YamlDotNet.Serialization.DeserializerBuilder]::new().Build().Deserialize($reader)
    }

    # The script a CI step runs, and its arguments, from the step's command text.
    function script:Get-ScriptCall([string] $Command) {
        $tokens = $null
        $ast = [System.Management.Automation.Language.Parser]::ParseInput($Command, [ref]$tokens, [ref]$null)
        $call = $ast.Find({ param($node) $node -is [System.Management.Automation.Language.CommandAst] }, $true)
        $arguments = @{}
        for ($i = 1; $i -lt $call.CommandElements.Count; $i++) {
            if ($call.CommandElements[$i] -is [System.Management.Automation.Language.CommandParameterAst]) {
                $arguments[$call.CommandElements[$i].ParameterName] = $call.CommandElements[$i + 1].Extent.Text.Trim('"')
            }
        }
        [pscustomobject]@{ Script = $call.CommandElements[0].Extent.Text.TrimStart('.', '/'); Arguments = $arguments }
    }
}

Describe 'The CI examples' {
    It 'are checked by a parser that refuses what is not YAML' {
        { [YamlDotNet.Serialization.DeserializerBuilder]::new().Build().Deserialize([System.IO.StringReader]::new("jobs:`n  a: [1, 2`n")) } | Should -Throw
    }

    It 'runs the GitHub Actions matrix of four shards through the one script, secrets in, report out' {
        $workflow = Read-Yaml 'examples/ci/install-app.github.yml'
        $job = $workflow['jobs']['install']

        @($job['strategy']['matrix']['shard']) | Should -Be @('1', '2', '3', '4')
        $step = @($job['steps'] | Where-Object { $_['run'] -like "*$scriptPath*" })
        $step | Should -HaveCount 1
        $call = Get-ScriptCall $step[0]['run']
        $call.Script | Should -BeExactly $scriptPath
        $call.Arguments['Shard'] | Should -BeExactly '${{ matrix.shard }}/4'
        $call.Arguments['TenantsPath'] | Should -BeExactly './examples/data/tenants.csv'
        foreach ($name in @('SO_CLIENT_ID', 'SO_CLIENT_SECRET') + $tenantVariables) {
            $job['env'][$name] | Should -BeExactly "`${{ secrets.$name }}" -Because "$name comes from the repository's secrets"
        }
        $upload = @($job['steps'] | Where-Object { $_['uses'] -like 'actions/upload-artifact@*' })
        $upload | Should -HaveCount 1
        $upload[0]['if'] | Should -BeExactly 'always()' -Because 'the report of a failed run is the one most needed'
        "./$($upload[0]['with']['path'])" | Should -BeExactly $call.Arguments['ReportPath']
    }

    It 'runs the Azure Pipelines matrix of four shards through the same script, secrets in, report out' {
        $pipeline = Read-Yaml 'examples/ci/install-app.azure-pipelines.yml'
        $job = $pipeline['jobs'][0]

        @($job['strategy']['matrix'].Values | ForEach-Object { $_['shard'] } | Sort-Object) | Should -Be @('1', '2', '3', '4')
        $step = @($job['steps'] | Where-Object { $_['pwsh'] -like "*$scriptPath*" })
        $step | Should -HaveCount 1
        $call = Get-ScriptCall $step[0]['pwsh']
        $call.Script | Should -BeExactly $scriptPath
        $call.Arguments['Shard'] | Should -BeExactly '$(shard)/4'
        foreach ($name in @('SO_CLIENT_ID', 'SO_CLIENT_SECRET') + $tenantVariables) {
            $step[0]['env'][$name] | Should -BeExactly "`$($name)" -Because "secret variables reach a script only when mapped"
        }
        $publish = @($job['steps'] | Where-Object { $_['task'] -like 'PublishPipelineArtifact@*' })
        $publish[0]['inputs']['targetPath'] | Should -BeExactly $call.Arguments['ReportPath']
        $publish[0]['condition'] | Should -BeExactly 'always()'
    }

    It 'call a script that exists, with the parameters they pass' {
        $parameters = (Get-Command ([System.IO.Path]::Combine($repoRoot, $scriptPath))).Parameters.Keys
        foreach ($name in 'TenantsPath', 'ManifestPath', 'PrivateKeyPath', 'Shard', 'ReportPath') {
            $parameters | Should -Contain $name
        }
    }

    It 'list tenants by context identifier and the name of the variable with their token, never a token' {
        $rows = Import-Csv ([System.IO.Path]::Combine($repoRoot, 'examples', 'data', 'tenants.csv'))
        (@($rows)[0].PSObject.Properties.Name -join ',') | Should -BeExactly 'ContextIdentifier,SystemUserTokenVariable'
        $rows | ForEach-Object { $_.SystemUserTokenVariable | Should -Match '^SO_TOKEN_[A-Z0-9]+$' }
    }
}

Describe 'examples/Install-App-AllTenants.ps1' {
    BeforeAll {
        Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SandboxTools', 'SuperOfficeProvisioning.SandboxTools.psd1')) -Force -ErrorAction Stop
        $script:sandbox = Start-SoSandbox -Seed 9111
        $script:pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
        $env:SO_EXAMPLE_CLIENT_SECRET = [System.Net.NetworkCredential]::new('', $sandbox.ClientSecret).Password
        $env:SO_EXAMPLE_TOKEN = [System.Net.NetworkCredential]::new('', $sandbox.SystemUserToken).Password
        [System.Environment]::SetEnvironmentVariable('SO_EXAMPLE_UNSET', $null)

        function script:Invoke-Example([string[]] $Rows, [string] $Shard) {
            $list = [System.IO.Path]::Combine($TestDrive, [guid]::NewGuid().ToString('N') + '.csv')
            $Rows | ForEach-Object { $tenant, $variable = $_.Split('='); [pscustomobject]@{ ContextIdentifier = $tenant; SystemUserTokenVariable = $variable } } | Export-Csv -LiteralPath $list
            $report = [System.IO.Path]::Combine($TestDrive, [guid]::NewGuid().ToString('N') + '.json')
            $output = & $pwsh -NoProfile -NonInteractive -File ([System.IO.Path]::Combine($repoRoot, $scriptPath)) -TenantsPath $list -Shard $Shard -ReportPath $report `
                -Authority $sandbox.Authority -ClientId $sandbox.ClientId -ClientSecretVariable SO_EXAMPLE_CLIENT_SECRET -PrivateKeyPath $sandbox.PrivateKeyPath `
                -CertificateThumbprint $sandbox.CertificateThumbprint 2>&1 | Out-String
            [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = $output; Report = (Get-Content -LiteralPath $report -Raw | ConvertFrom-Json) }
        }
    }

    AfterAll {
        Stop-SoSandbox
        'SO_EXAMPLE_CLIENT_SECRET', 'SO_EXAMPLE_TOKEN' | ForEach-Object { [System.Environment]::SetEnvironmentVariable($_, $null) }
    }

    It 'installs in every tenant of the shard, prints a line each, and exits 0' {
        $run = Invoke-Example @("$($sandbox.ContextIdentifier)=SO_EXAMPLE_TOKEN", 'Cust22222=SO_EXAMPLE_UNSET') -Shard '3/4'

        $run.ExitCode | Should -Be 0 -Because $run.Output
        $run.Output | Should -Match "$($sandbox.ContextIdentifier)\s+Succeeded"
        $run.Output | Should -Match 'Shard 3/4: 1 tenant\(s\) installed, 0 failed, 0 could not sign in'
        $run.Report.shard | Should -BeExactly '3/4'
        $run.Report.tenants.status | Should -Be @('Succeeded')
    }

    It 'exits 1 when a tenant of the shard fails, and names it in the report' {
        $run = Invoke-Example @("$($sandbox.ContextIdentifier)=SO_EXAMPLE_TOKEN", 'Cust22222=SO_EXAMPLE_UNSET') -Shard '1/1'

        $run.ExitCode | Should -Be 1 -Because $run.Output
        $run.Output | Should -Match '1 tenant\(s\) installed, 0 failed, 1 could not sign in'
        $run.Report.signInFailures.contextIdentifier | Should -Be @('Cust22222')
        $run.Report.signInFailures.errorId | Should -Be @('SystemUserTokenVariableNotSet')
        $run.Report.tenants.contextIdentifier | Should -Be @($sandbox.ContextIdentifier)
        $run.Output.Contains($env:SO_EXAMPLE_TOKEN) | Should -BeFalse
        $run.Output.Contains($env:SO_EXAMPLE_CLIENT_SECRET) | Should -BeFalse
    }
}

Describe 'examples/Install-App-AllTenants.ps1 on a multi-tenant sandbox' {
    BeforeAll {
        Import-Module ([System.IO.Path]::Combine($repoRoot, 'out', 'SandboxTools', 'SuperOfficeProvisioning.SandboxTools.psd1')) -Force -ErrorAction Stop
        $script:host6 = Start-SoSandbox -TenantCount 6 -Seed 9112
        Set-SoSandboxTenantState -ContextIdentifier Cust10004 -State Suspended
        $script:pwsh = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
        $env:SO_EXAMPLE_CLIENT_SECRET = [System.Net.NetworkCredential]::new('', $host6.ClientSecret).Password
        $script:list = [System.IO.Path]::Combine($TestDrive, 'tenants.csv')
        $host6.Tenants | ForEach-Object {
            $variable = "SO_EXAMPLE_TOKEN_$($_.ContextIdentifier.ToUpperInvariant())"
            [System.Environment]::SetEnvironmentVariable($variable, [System.Net.NetworkCredential]::new('', $_.SystemUserToken).Password)
            [pscustomobject]@{ ContextIdentifier = $_.ContextIdentifier; SystemUserTokenVariable = $variable }
        } | Export-Csv -LiteralPath $list

        function script:Invoke-AllTenants([string] $Shard) {
            $report = [System.IO.Path]::Combine($TestDrive, [guid]::NewGuid().ToString('N') + '.json')
            $output = & $pwsh -NoProfile -NonInteractive -File ([System.IO.Path]::Combine($repoRoot, 'examples', 'Install-App-AllTenants.ps1')) -TenantsPath $list -Shard $Shard `
                -ReportPath $report -Authority $host6.Authority -ClientId $host6.ClientId -ClientSecretVariable SO_EXAMPLE_CLIENT_SECRET `
                -PrivateKeyPath $host6.PrivateKeyPath -CertificateThumbprint $host6.CertificateThumbprint 2>&1 | Out-String
            [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = $output; Report = (Get-Content -LiteralPath $report -Raw | ConvertFrom-Json) }
        }
    }

    AfterAll {
        Stop-SoSandbox
        $host6.Tenants | ForEach-Object { [System.Environment]::SetEnvironmentVariable("SO_EXAMPLE_TOKEN_$($_.ContextIdentifier.ToUpperInvariant())", $null) }
    }

    It 'installs in every running tenant, prints a line each, and names the suspended one' {
        $run = Invoke-AllTenants -Shard '1/1'

        $run.ExitCode | Should -Be 1 -Because 'a tenant of the list is suspended'
        foreach ($ctx in 'Cust10001', 'Cust10002', 'Cust10003', 'Cust10005', 'Cust10006') {
            $run.Output | Should -Match "$ctx\s+Succeeded"
        }

        @($run.Report.tenants | Where-Object status -eq 'Succeeded').Count | Should -Be 5
        $run.Report.signInFailures.contextIdentifier | Should -Be @('Cust10004')
    }

    It 'splits the tenants between two shards, each tenant in exactly one' {
        $first = Invoke-AllTenants -Shard '1/2'
        $second = Invoke-AllTenants -Shard '2/2'

        $handled = @($first.Report.tenants.contextIdentifier) + @($first.Report.signInFailures.contextIdentifier) +
            @($second.Report.tenants.contextIdentifier) + @($second.Report.signInFailures.contextIdentifier) | Where-Object { $_ }
        ($handled | Sort-Object) | Should -Be @('Cust10001', 'Cust10002', 'Cust10003', 'Cust10004', 'Cust10005', 'Cust10006')
        $first.Report.shard | Should -BeExactly '1/2'
    }
}

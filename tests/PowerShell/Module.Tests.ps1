# The module as a user meets it: import, manifest, exported commands, help, connections.

BeforeDiscovery {
    # The Help cases are one per exported command, so the module is needed while tests are discovered.
    $manifest = [System.IO.Path]::Combine($PSScriptRoot, '..', '..', 'out', 'SuperOfficeProvisioning', 'SuperOfficeProvisioning.psd1')
    Import-Module $manifest -Force -ErrorAction Stop
    $commands = foreach ($command in Get-Command -Module SuperOfficeProvisioning) { @{ Name = $command.Name } }
}

BeforeAll {
    $script:repoRoot = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..'))
    $script:manifestPath = [System.IO.Path]::Combine($repoRoot, 'out', 'SuperOfficeProvisioning', 'SuperOfficeProvisioning.psd1')
    $script:moduleFolder = [System.IO.Path]::GetDirectoryName($manifestPath)
    Import-Module $manifestPath -Force -ErrorAction Stop
    $script:token = [System.Net.NetworkCredential]::new('', 'scim-secret-token-value').SecurePassword
}

AfterAll {
    Disconnect-SoTenant
}

Describe 'The module folder' {
    It 'passes Test-ModuleManifest with the version from Directory.Build.props' {
        $manifest = Test-ModuleManifest $manifestPath
        $props = [xml][System.IO.File]::ReadAllText([System.IO.Path]::Combine($repoRoot, 'Directory.Build.props'))
        $manifest.Version.ToString() | Should -Be $props.Project.PropertyGroup.Version
    }

    It 'exports exactly the cmdlets its manifest lists' {
        [string[]]$listed = (Test-ModuleManifest $manifestPath).ExportedCmdlets.Keys
        [string[]]$exported = (Get-Command -Module SuperOfficeProvisioning).Name
        [System.Array]::Sort($listed)
        [System.Array]::Sort($exported)
        $exported | Should -HaveCount $listed.Count
        ($exported -join ',') | Should -BeExactly ($listed -join ',')
    }

    It 'keeps the engine and third-party assemblies in dependencies/' {
        $dependencies = [System.IO.Path]::Combine($moduleFolder, 'dependencies')
        [System.IO.File]::Exists([System.IO.Path]::Combine($dependencies, 'SuperOfficeProvisioning.Engine.dll')) | Should -BeTrue
        [System.IO.File]::Exists([System.IO.Path]::Combine($dependencies, 'Microsoft.Identity.Client.dll')) | Should -BeTrue
        [System.IO.File]::Exists([System.IO.Path]::Combine($moduleFolder, 'SuperOfficeProvisioning.Engine.dll')) | Should -BeFalse
        [System.IO.File]::Exists([System.IO.Path]::Combine($dependencies, 'System.Management.Automation.dll')) | Should -BeFalse
    }

    It 'exposes no MSAL or Newtonsoft type on the cmdlet assembly' {
        $cmdletAssembly = (Get-Command Connect-SoTenant).ImplementingType.Assembly
        $leaks = foreach ($type in $cmdletAssembly.GetExportedTypes()) {
            $members = $type.GetMembers() | Where-Object { $_.DeclaringType -eq $type }
            foreach ($member in $members) {
                $text = $member.ToString()
                if ($text -match 'Microsoft\.Identity|Newtonsoft') { "$($type.Name).$($member.Name)" }
            }
        }
        $leaks | Should -BeNullOrEmpty
    }
}

Describe 'Help' {
    It 'has a synopsis and an example for <Name>' -ForEach $commands {
        $help = Get-Help $Name -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -Match '^\s*\S+ \[' -Because 'a generated syntax line is not a synopsis'
        @($help.Examples.Example).Count | Should -BeGreaterThan 0
        $help.Examples.Example[0].Code | Should -Not -BeNullOrEmpty
    }

    It 'documents every parameter of <Name>' -ForEach $commands {
        $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
        $documented = @((Get-Help $Name -Full).Parameters.Parameter | ForEach-Object { $_.Name })
        foreach ($parameter in (Get-Command $Name).Parameters.Keys) {
            if ($common -notcontains $parameter) {
                $documented | Should -Contain $parameter -Because "-$parameter of $Name needs a description"
            }
        }
    }

    It 'has an about topic' {
        $about = [System.IO.Path]::Combine($moduleFolder, 'en-US', 'about_SuperOfficeProvisioning.help.txt')
        [System.IO.File]::ReadAllText($about) | Should -Match 'about_SuperOfficeProvisioning'
    }
}

Describe 'Connections' {
    BeforeEach {
        Disconnect-SoTenant
    }

    It 'connects to a SCIM gateway and shows the connection without its secret' {
        Connect-SoTenant -ScimUrl 'https://scim.example/Cust12345/scim/v2' -ScimToken $token
        $connection = Get-SoConnection
        $connection.ScimUrl.AbsoluteUri | Should -BeExactly 'https://scim.example/Cust12345/scim/v2/'
        $connection.PSObject.TypeNames | Should -Contain 'SuperOffice.Connection'
        $shown = ($connection.PSObject.Properties | ForEach-Object { "$($_.Name)=$($_.Value)" }) -join ';'
        $shown | Should -Not -Match 'scim-secret-token-value'
        "$connection" | Should -Not -Match 'scim-secret-token-value'
    }

    It 'refuses plain http to a host that is not loopback' {
        { Connect-SoTenant -ScimUrl 'http://scim.example/scim/v2' -ScimToken $token -ErrorAction Stop } |
            Should -Throw -ErrorId 'InsecureEndpoint,*'
        Get-SoConnection | Should -BeNullOrEmpty
    }

    It 'keeps the SCIM side when the WebAPI side of the same tenant is connected' {
        Connect-SoTenant -ScimUrl 'https://scim.example/Cust12345/scim/v2/' -ScimToken $token
        Connect-SoTenant -WebApiUrl 'https://online.superoffice.com/Cust12345/api/' -AccessToken $token
        $connection = Get-SoConnection
        $connection.ContextIdentifier | Should -BeExactly 'Cust12345'
        $connection.ScimUrl | Should -Not -BeNullOrEmpty
        $connection.AuthenticationType | Should -BeExactly 'AccessToken'
    }

    It 'keeps a separate current connection in each runspace' {
        Connect-SoTenant -ScimUrl 'https://first.example/scim/v2/' -ScimToken $token
        $other = [runspacefactory]::CreateRunspace([System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault2())
        $other.Open()
        try {
            $ps = [powershell]::Create()
            $ps.Runspace = $other
            $null = $ps.AddScript({
                param($Manifest)
                Import-Module $Manifest
                $before = Get-SoConnection
                $secret = [System.Net.NetworkCredential]::new('', 'other-token').SecurePassword
                Connect-SoTenant -ScimUrl 'https://second.example/scim/v2/' -ScimToken $secret
                [pscustomobject]@{ Before = $before; After = (Get-SoConnection).ScimUrl.Host }
            }).AddArgument($manifestPath)
            $result = $ps.Invoke()
            $ps.Dispose()
        }
        finally {
            $other.Dispose()
        }

        $result[0].Before | Should -BeNullOrEmpty
        $result[0].After | Should -BeExactly 'second.example'
        (Get-SoConnection).ScimUrl.Host | Should -BeExactly 'first.example'
    }
}

Describe 'Repository scripts' {
    It 'build.ps1 parses cleanly' {
        $tokens = $null
        $errors = $null
        $null = [System.Management.Automation.Language.Parser]::ParseFile([System.IO.Path]::Combine($repoRoot, 'build.ps1'), [ref]$tokens, [ref]$errors)
        $errors | Should -HaveCount 0
    }

    It '.ci/run runs exactly the test command README.md gives' {
        $readme = [System.IO.File]::ReadAllText([System.IO.Path]::Combine($repoRoot, 'README.md'))
        $readme -match '(?m)^\s*(dotnet pwsh \S*build\.ps1 -Test[^\r\n]*)$' | Should -BeTrue
        $command = $Matches[1].Trim()
        $ci = [System.IO.File]::ReadAllLines([System.IO.Path]::Combine($repoRoot, '.ci', 'run'))
        @($ci | Where-Object { $_.Trim().StartsWith($command) }) | Should -HaveCount 1
    }
}

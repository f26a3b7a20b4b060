# The Pester features the repository's test files rely on, in one passing file. It runs under the Pester
# shim of SuperOfficeProvisioning.PowerShell.Tests (dotnet test) and under Pester 5 in pwsh alike.

Describe 'A test file' {
    It 'knows its folder through $PSScriptRoot' {
        [System.IO.Path]::GetFileName($PSScriptRoot) | Should -Be 'PowerShell'
    }

    It 'finds the repository and its build output through the SO_ variables' -Skip:(-not $env:SO_REPO_ROOT) {
        $env:SO_REPO_ROOT | Should -Be ([System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..')))
        $env:SO_MODULE_MANIFEST | Should -BeLike '*SuperOfficeProvisioning.psd1'
        $env:SO_SANDBOX_TOOLS | Should -BeLike '*SuperOfficeProvisioning.SandboxTools.psd1'
    }
}

Describe 'Setup and teardown' {
    BeforeAll {
        $events = [System.Collections.Generic.List[string]]::new()
        $events.Add('BeforeAll')
    }
    BeforeEach { $events.Add('BeforeEach') }
    AfterEach { $events.Add('AfterEach') }
    AfterAll { $events.Clear() }

    It 'runs BeforeAll once and BeforeEach before every It' {
        $events -join ',' | Should -Be 'BeforeAll,BeforeEach'
    }

    It 'runs AfterEach after every It' {
        $events -join ',' | Should -Be 'BeforeAll,BeforeEach,AfterEach,BeforeEach'
    }

    Context 'A nested block' {
        BeforeEach { $events.Add('nested BeforeEach') }

        It 'runs the outer BeforeEach first' {
            $events[-2..-1] -join ',' | Should -Be 'BeforeEach,nested BeforeEach'
        }
    }
}

Describe 'Scopes' {
    BeforeAll { $shared = 'from BeforeAll' }

    It 'sees the variables of its BeforeAll' {
        $shared | Should -Be 'from BeforeAll'
        $shared = 'changed by an It'
    }

    It 'does not see what another It changed' {
        $shared | Should -Be 'from BeforeAll'
    }
}

Describe 'Data-driven tests' {
    It 'squares <Number> to <Square>' -ForEach @(
        @{ Number = 2; Square = 4 }
        @{ Number = -3; Square = 9 }
    ) {
        $Number * $Number | Should -Be $Square
    }

    It 'takes <_> as the current item' -ForEach 'ada', 'grace' {
        $_ | Should -Match '^[a-z]+$'
    }
}

Describe 'A tenant named <Name>' -ForEach @(@{ Name = 'contoso'; Region = 'eu' }) {
    BeforeAll { $url = "https://$Name.$Region.example" }

    It 'builds its address from the block data' {
        $url | Should -Be 'https://contoso.eu.example'
    }
}

Describe 'Should' {
    It 'compares values' {
        'SuperOffice' | Should -Be 'superoffice'
        'SuperOffice' | Should -BeExactly 'SuperOffice'
        'SuperOffice' | Should -Not -BeExactly 'superoffice'
        $null | Should -BeNullOrEmpty
        @(1, 2) | Should -HaveCount 2
        @('Sales', 'Support') | Should -Contain 'Support'
        'ada@example.com' | Should -Match '@example\.com$'
        'Sales team' | Should -BeLike 'sales*'
        42 | Should -BeOfType [int]
        3 | Should -BeGreaterThan 2
        2 | Should -BeLessThan 3
        $true | Should -BeTrue
        $false | Should -BeFalse
    }

    It 'matches errors by message, type and FullyQualifiedErrorId' {
        { throw [System.ArgumentException]::new('UserName is required') } |
            Should -Throw -ExpectedMessage '*required' -ExceptionType ([System.ArgumentException])
        { Get-Command -Name 'Get-NoSuchThing' -ErrorAction Stop } | Should -Throw -ErrorId 'CommandNotFoundException,*'
        { } | Should -Not -Throw
    }

    It 'says why it failed' {
        $failure = { 3 | Should -Be 5 -Because 'the total includes tax' } | Should -Throw -PassThru
        $failure.Exception.Message | Should -Be 'Expected 5, because the total includes tax, but got 3.'
    }
}

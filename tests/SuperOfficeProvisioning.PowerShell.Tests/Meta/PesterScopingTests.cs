using SuperOfficeProvisioning.PowerShell.Tests.Harness;
using Xunit;

namespace SuperOfficeProvisioning.PowerShell.Tests.Meta;

/// <summary>Which variables test code sees, and that the shim's own never get in the way.</summary>
public sealed class PesterScopingTests : IDisposable
{
    readonly TestScriptDirectory scripts = new();

    public void Dispose() => scripts.Dispose();

    [Fact]
    public void BeforeAll_variables_reach_the_Its_and_nested_blocks_and_BeforeEach_variables_reach_AfterEach()
    {
        var run = scripts.Run("""
            BeforeAll { $fromFile = 'file' }
            Describe 'Outer' {
                BeforeAll { $fromOuter = "$fromFile/outer" }
                BeforeEach { $fromBeforeEach = 'each' }
                AfterEach { $fromBeforeEach | Should -Be 'each'; $fromIt | Should -Be 'it' }
                It 'sees the BeforeAll' { $fromOuter | Should -Be 'file/outer'; $fromIt = 'it' }
                Context 'Inner' {
                    BeforeAll { $fromInner = "$fromOuter/inner" }
                    It 'sees both BeforeAlls' { $fromInner | Should -Be 'file/outer/inner'; $fromIt = 'it' }
                }
            }
            """);

        AssertAllPassed(run);
    }

    [Fact]
    public void Variables_set_in_an_It_stay_in_that_It()
    {
        var run = scripts.Run("""
            Describe 'Block' {
                BeforeAll { $shared = 'from BeforeAll' }
                It 'changes them' { $shared = 'changed'; $own = 'own' }
                It 'does not see the change' {
                    $shared | Should -Be 'from BeforeAll'
                    $ExecutionContext.SessionState.PSVariable.Get('own') | Should -BeNullOrEmpty
                }
            }
            """);

        AssertAllPassed(run);
    }

    [Fact]
    public void Test_variables_named_like_shim_parameters_are_not_shadowed()
    {
        var run = scripts.Run("""
            $Name = 'script Name'
            $Fixture = 'script Fixture'
            Describe 'Describe <Name>' {
                $Name | Should -Be 'script Name'
                $Fixture | Should -Be 'script Fixture'
                BeforeAll {
                    $Name = 'test Name'; $ExpectedValue = 'test ExpectedValue'; $ErrorId = 'test ErrorId'
                    $Because = 'test Because'; $Test = 'test Test'; $ActualValue = 'test ActualValue'
                }
                It 'sees its own variables in the It, in Should -Throw and after Should' {
                    $Name | Should -Be 'test Name'
                    { if ($ExpectedValue -ne 'test ExpectedValue') { throw "saw [$ExpectedValue]" } } | Should -Not -Throw
                    { if ($ErrorId -ne 'test ErrorId') { throw "saw [$ErrorId]" } } | Should -Not -Throw
                    { if ($ActualValue -ne 'test ActualValue') { throw "saw [$ActualValue]" } } | Should -Not -Throw
                    $Because | Should -Be 'test Because'
                    $Test | Should -Be 'test Test'
                }
            }
            """);

        AssertAllPassed(run);
        Assert.Equal("Describe <Name> › sees its own variables in the It, in Should -Throw and after Should", Assert.Single(run.Its).DisplayPath);
    }

    [Fact]
    public void PSScriptRoot_and_the_repository_environment_variables_are_set()
    {
        var path = scripts.Write("Nested/Paths.Tests.ps1", """
            $discoveredRoot = $PSScriptRoot
            Describe 'Paths' -ForEach @(@{ DiscoveredRoot = $discoveredRoot }) {
                BeforeAll { $runRoot = $PSScriptRoot }
                It 'knows its folder in both phases' {
                    $DiscoveredRoot | Should -BeLike '*Nested'
                    $runRoot | Should -Be $DiscoveredRoot
                    $PSScriptRoot | Should -Be $DiscoveredRoot
                }
                It 'has the SO_ variables' {
                    [System.IO.File]::Exists([System.IO.Path]::Combine($env:SO_REPO_ROOT, 'SuperOfficeProvisioning.sln')) | Should -BeTrue
                    $env:SO_MODULE_MANIFEST | Should -BeLike '*/out/SuperOfficeProvisioning/SuperOfficeProvisioning.psd1'
                    $env:SO_SANDBOX_TOOLS | Should -BeLike '*/out/SandboxTools/SuperOfficeProvisioning.SandboxTools.psd1'
                }
            }
            """);

        AssertAllPassed(PesterScriptRunner.Run(path));
    }

    [Fact]
    public void Top_level_code_runs_only_at_discovery_as_in_Pester()
    {
        var run = scripts.Run("""
            $topLevel = 'top'
            function Get-TopLevel { 'top' }
            Describe 'Block' {
                It 'does not see top-level variables' { $topLevel | Should -BeNullOrEmpty }
                It 'does not see top-level functions' { { Get-TopLevel } | Should -Throw -ErrorId 'CommandNotFoundException' }
            }
            """);

        AssertAllPassed(run);
    }

    [Fact]
    public void BeforeDiscovery_variables_are_visible_to_Describe_bodies_and_ForEach()
    {
        var run = scripts.Run("""
            BeforeDiscovery {
                $users = @('ada', 'grace')
                [int] $count = 2
            }
            Describe 'Users' {
                It 'has <_>' -ForEach $users { $_ | Should -BeIn @('ada', 'grace') }
                It 'counted <_>' -ForEach @($count) { $_ | Should -Be 2 }
            }
            """);

        Assert.Equal(["Users › has ada", "Users › has grace", "Users › counted 2"], run.Its.Select(it => it.DisplayPath));
        AssertAllPassed(run);
    }

    [Fact]
    public void Strict_mode_in_a_BeforeAll_applies_to_the_tests_and_the_shim_copes_with_it()
    {
        var run = scripts.Run("""
            Describe 'Strict' {
                BeforeAll { Set-StrictMode -Version Latest }
                BeforeEach { $ready = $true }
                It 'runs assertions under strict mode <_>' -ForEach @(1) {
                    $ready | Should -BeTrue
                    { throw 'x' } | Should -Throw -ExpectedMessage 'x'
                    @() | Should -HaveCount 0
                }
                It 'reports undefined variables' { $undefined }
            }
            """);

        Assert.Equal(PesterItOutcome.Passed, run.It("Strict › runs assertions under strict mode 1").Outcome);
        Assert.Contains("has not been set", Assert.Single(run.It("Strict › reports undefined variables").Failures).Message);
    }

    static void AssertAllPassed(PesterFileResult run)
    {
        Assert.Null(run.DiscoveryFailure);
        Assert.NotEmpty(run.Its);
        Assert.All(run.Its, it => Assert.True(
            it.Outcome == PesterItOutcome.Passed,
            $"{it.DisplayPath}: {it.Outcome} {string.Join(" | ", it.Failures.Select(failure => $"{failure.Message} at {failure.Location}"))}"));
    }
}

using SuperOfficeProvisioning.PowerShell.Tests.Harness;
using Xunit;

namespace SuperOfficeProvisioning.PowerShell.Tests.Meta;

/// <summary>-ForEach (and its alias -TestCases): one test per data item, with the item as variables.</summary>
public sealed class PesterForEachTests : IDisposable
{
    readonly TestScriptDirectory scripts = new();

    public void Dispose() => scripts.Dispose();

    [Fact]
    public void It_ForEach_makes_one_result_per_item_named_from_its_template()
    {
        var run = scripts.Run("""
            Describe 'Squares' {
                It '<n> squared is <square>' -ForEach @(
                    @{ n = 2; square = 4 }
                    @{ n = 3; square = 10 }
                ) {
                    $n * $n | Should -Be $square
                }
                It 'greets <_>' -TestCases 'ada', 'grace' { $_ | Should -Not -BeNullOrEmpty }
                It 'reads <user.Name> and keeps <unknown> as written' -ForEach @(@{ user = [pscustomobject]@{ Name = 'ada' } }) { }
            }
            """);

        Assert.Equal(
            ["Squares › 2 squared is 4", "Squares › 3 squared is 10", "Squares › greets ada", "Squares › greets grace",
             "Squares › reads ada and keeps <unknown> as written"],
            run.Its.Select(it => it.DisplayPath));
        Assert.Equal([0, 1, 2, 3, 4], run.Its.Select(it => it.Ordinal));
        Assert.Equal(PesterItOutcome.Passed, run.It("Squares › 2 squared is 4").Outcome);
        Assert.Equal("Expected 10, but got 9.", Assert.Single(run.It("Squares › 3 squared is 10").Failures).Message);
    }

    [Fact]
    public void Describe_ForEach_repeats_the_block_and_its_data_reaches_setups_Its_and_teardowns()
    {
        var run = scripts.Run("""
            Describe 'Tenant <Name>' -ForEach @(@{ Name = 'alpha'; Users = 2 }, @{ Name = 'beta'; Users = 3 }) {
                $discoveredName = $Name
                BeforeAll { $url = "https://$Name.example" }
                AfterEach { $url | Should -Be "https://$Name.example" }
                It 'has <Users> users' { $Users | Should -BeGreaterThan 1; $_.Name | Should -Be $Name }
                Context 'Context for <Name>' {
                    It "was discovered as $discoveredName" { $url | Should -BeLike "*$Name*" }
                }
            }
            """);

        Assert.Equal(
            ["Tenant alpha › has 2 users", "Tenant alpha › Context for alpha › was discovered as alpha",
             "Tenant beta › has 3 users", "Tenant beta › Context for beta › was discovered as beta"],
            run.Its.Select(it => it.DisplayPath));
        Assert.All(run.Its, it => Assert.Equal(PesterItOutcome.Passed, it.Outcome));
    }

    [Fact]
    public void The_data_item_is_dollar_underscore_also_inside_a_Should_Throw_scriptblock()
    {
        var run = scripts.Run("""
            Describe 'Inputs' {
                It 'rejects <_>' -ForEach 'bad-1', 'bad-2' {
                    $item = $_
                    { if ($_ -ne $item) { throw "saw [$_]" }; throw "rejected $_" } | Should -Throw -ExpectedMessage "rejected $item"
                    $_ | Should -Be $item
                }
            }
            """);

        Assert.All(run.Its, it => Assert.Equal(PesterItOutcome.Passed, it.Outcome));
    }

    [Fact]
    public void An_empty_ForEach_fails_discovery_unless_AllowNullOrEmptyForEach_is_given()
    {
        var failing = scripts.Discover("""
            Describe 'Block' {
                It 'has <_>' -ForEach @() { }
            }
            """);
        var allowed = scripts.Discover("""
            Describe 'Block' {
                It 'has <_>' -ForEach @() -AllowNullOrEmptyForEach { }
                It 'stays' { }
            }
            """);

        Assert.NotNull(failing.DiscoveryFailure);
        Assert.Contains("-AllowNullOrEmptyForEach", failing.DiscoveryFailure.Message);
        Assert.Equal(2, failing.DiscoveryFailure.Line);
        Assert.Equal(["Block › stays"], allowed.Its.Select(it => it.DisplayPath));
    }
}

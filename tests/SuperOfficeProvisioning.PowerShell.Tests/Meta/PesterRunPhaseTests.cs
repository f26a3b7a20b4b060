using SuperOfficeProvisioning.PowerShell.Tests.Harness;
using Xunit;

namespace SuperOfficeProvisioning.PowerShell.Tests.Meta;

/// <summary>The shim's two phases and its setup and teardown blocks: what runs, when, and what a failure fails.</summary>
public sealed class PesterRunPhaseTests : IDisposable
{
    readonly TestScriptDirectory scripts = new();

    public void Dispose() => scripts.Dispose();

    [Fact]
    public void Setup_and_teardown_blocks_run_in_Pester_order_around_every_It()
    {
        var run = scripts.Run("""
            BeforeAll { {{Log}}; Write-Log 'file BeforeAll' }
            Describe 'Outer' {
                BeforeAll { Write-Log 'Outer BeforeAll' }
                BeforeEach { Write-Log 'Outer BeforeEach' }
                AfterEach { Write-Log 'Outer AfterEach' }
                AfterAll { Write-Log 'Outer AfterAll' }
                It 'first' { Write-Log 'first' }
                Context 'Inner' {
                    BeforeAll { Write-Log 'Inner BeforeAll' }
                    BeforeEach { Write-Log 'Inner BeforeEach' }
                    AfterEach { Write-Log 'Inner AfterEach' }
                    AfterAll { Write-Log 'Inner AfterAll' }
                    It 'second' { Write-Log 'second' }
                }
            }
            AfterAll { Write-Log 'file AfterAll' }
            """);

        Assert.All(run.Its, it => Assert.Equal(PesterItOutcome.Passed, it.Outcome));
        Assert.Equal(
            [
                "file BeforeAll", "Outer BeforeAll",
                "Outer BeforeEach", "first", "Outer AfterEach",
                "Inner BeforeAll",
                "Outer BeforeEach", "Inner BeforeEach", "second", "Inner AfterEach", "Outer AfterEach",
                "Inner AfterAll", "Outer AfterAll", "file AfterAll",
            ],
            scripts.LogLines);
    }

    [Fact]
    public void AfterEach_and_AfterAll_run_when_an_It_fails()
    {
        var run = scripts.Run("""
            Describe 'Block' {
                BeforeAll { {{Log}} }
                AfterEach { Write-Log 'AfterEach' }
                AfterAll { Write-Log 'AfterAll' }
                It 'fails' { throw 'boom' }
            }
            """);

        Assert.Equal(PesterItOutcome.Failed, run.It("Block › fails").Outcome);
        Assert.Equal(["AfterEach", "AfterAll"], scripts.LogLines);
    }

    [Fact]
    public void A_failing_BeforeAll_fails_every_It_of_its_block_and_still_runs_AfterAll()
    {
        var run = scripts.Run("""
            Describe 'Broken' {
                BeforeAll { {{Log}}; throw 'no database' }
                AfterAll { Write-Log 'AfterAll' }
                It 'first' { Write-Log 'first' }
                Context 'Nested' {
                    It 'second' { Write-Log 'second' }
                }
            }
            Describe 'Healthy' {
                It 'third' { }
            }
            """);

        foreach (var path in new[] { "Broken › first", "Broken › Nested › second" })
        {
            var failure = Assert.Single(run.It(path).Failures);
            Assert.Equal("BeforeAll", failure.Step);
            Assert.Equal("Describe 'Broken'", failure.BlockName);
            Assert.Equal("RuntimeException: no database", failure.Message);
            Assert.Equal(2, failure.Line);
        }

        Assert.Equal(PesterItOutcome.Passed, run.It("Healthy › third").Outcome);
        Assert.Equal(["AfterAll"], scripts.LogLines);
    }

    [Fact]
    public void A_failing_AfterEach_fails_its_It_and_a_failing_AfterAll_fails_the_Its_of_its_block()
    {
        var run = scripts.Run("""
            Describe 'Teardowns' {
                AfterEach { if ($failAfterEach) { throw 'cleanup failed' } }
                AfterAll { throw 'final cleanup failed' }
                It 'passes its body' { $failAfterEach = $true }
            }
            """);

        var it = run.It("Teardowns › passes its body");
        Assert.Equal(PesterItOutcome.Failed, it.Outcome);
        Assert.Equal(["AfterEach", "AfterAll"], it.Failures.Select(failure => failure.Step));
        Assert.Equal("RuntimeException: final cleanup failed", it.Failures[1].Message);
    }

    [Fact]
    public void Discovery_runs_Describe_bodies_but_no_setup_and_no_It_body()
    {
        var discovery = scripts.Discover("""
            {{Log}}
            Write-Log 'top level'
            BeforeAll { Write-Log 'BeforeAll' }
            Describe 'Block' {
                Write-Log 'Describe body'
                BeforeEach { Write-Log 'BeforeEach' }
                It 'test' { Write-Log 'It body' }
            }
            """);

        Assert.Equal(PesterItOutcome.NotRun, Assert.Single(discovery.Its).Outcome);
        Assert.Equal(["top level", "Describe body"], scripts.LogLines);
    }

    [Fact]
    public void A_run_executes_the_file_once_for_discovery()
    {
        scripts.Run("""
            BeforeAll { {{Log}} }
            {{Log}}
            Write-Log 'top level'
            Describe 'Block' { It 'test' { Write-Log 'It body' } }
            """);

        Assert.Equal(["top level", "It body"], scripts.LogLines);
    }

    [Fact]
    public void Skipped_Its_and_blocks_are_reported_skipped_and_a_skipped_block_runs_no_setup()
    {
        var run = scripts.Run("""
            Describe 'Partly skipped' {
                It 'runs' { }
                It 'is skipped' -Skip { throw 'must not run' }
                It 'is pending' -Pending { throw 'must not run' }
            }
            Describe 'Skipped' -Skip {
                BeforeAll { {{Log}}; Write-Log 'BeforeAll' }
                It 'inherits the skip' { throw 'must not run' }
            }
            """);

        Assert.Equal(PesterItOutcome.Passed, run.It("Partly skipped › runs").Outcome);
        Assert.Equal("It has -Skip", run.It("Partly skipped › is skipped").SkipReason);
        Assert.Equal("It is -Pending", run.It("Partly skipped › is pending").SkipReason);
        var inherited = run.It("Skipped › inherits the skip");
        Assert.Equal(PesterItOutcome.Skipped, inherited.Outcome);
        Assert.Equal("Describe 'Skipped' has -Skip", inherited.SkipReason);
        Assert.Empty(scripts.LogLines);
    }

    [Fact]
    public void A_second_BeforeAll_in_one_block_fails_discovery_as_in_Pester()
    {
        var discovery = scripts.Discover("""
            Describe 'Block' {
                BeforeAll { }
                BeforeAll { }
                It 'test' { }
            }
            """);

        Assert.NotNull(discovery.DiscoveryFailure);
        Assert.Contains("BeforeAll is already defined in this block", discovery.DiscoveryFailure.Message);
    }

    [Fact]
    public void A_Describe_body_that_throws_fails_discovery_pointing_at_the_test_file()
    {
        var path = scripts.Write("Broken.Tests.ps1", """
            Describe 'Block' {
                throw 'cannot discover'
            }
            """);

        var discovery = PesterScriptRunner.Discover(path);

        Assert.NotNull(discovery.DiscoveryFailure);
        Assert.Equal("RuntimeException: cannot discover", discovery.DiscoveryFailure.Message);
        Assert.Equal((path, 2), (discovery.DiscoveryFailure.File, discovery.DiscoveryFailure.Line));
    }
}

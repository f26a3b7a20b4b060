using SuperOfficeProvisioning.PowerShell.Tests.Harness;
using SuperOfficeProvisioning.PowerShell.Tests.Xunit;
using Xunit;
using Xunit.Sdk;

namespace SuperOfficeProvisioning.PowerShell.Tests.Meta;

/// <summary>How test files become xunit test cases and how a case reports its It.</summary>
public sealed class PesterXunitReportingTests : IDisposable
{
    readonly TestScriptDirectory scripts = new();

    public void Dispose() => scripts.Dispose();

    [Fact]
    public void Each_It_and_each_ForEach_expansion_becomes_a_case_named_by_file_and_path_in_file_order()
    {
        scripts.Write("b/Second.Tests.ps1", "Describe 'Second' { It 'one' { } }");
        scripts.Write("a/First.Tests.ps1", """
            Describe 'First' {
                Context 'Group' {
                    It 'squares <n>' -ForEach @(@{ n = 1 }, @{ n = 2 }) { }
                    It 'waits' -Skip { }
                }
            }
            """);
        scripts.Write("a/bin/Debug/Copied.Tests.ps1", "Describe 'Copied' { It 'must not be found' { } }");
        scripts.Write("a/obj/Copied.Tests.ps1", "Describe 'Copied' { It 'must not be found' { } }");
        scripts.Write("a/Helper.ps1", "Describe 'Not a test file' { It 'must not be found' { } }");

        var cases = PesterItCaseSource.Discover(scripts.Path);

        Assert.Equal(
            ["a/First.Tests.ps1 › First › Group › squares 1", "a/First.Tests.ps1 › First › Group › squares 2",
             "a/First.Tests.ps1 › First › Group › waits", "b/Second.Tests.ps1 › Second › one"],
            cases.Select(it => it.DisplayName));
        Assert.Equal([null, null, "It has -Skip", null], cases.Select(it => it.SkipReason));
    }

    [Fact]
    public void A_file_that_fails_discovery_becomes_one_case_that_fails_with_the_error()
    {
        scripts.Write("Broken.Tests.ps1", """
            Describe 'Broken' {
                It 'is never listed' { }
                throw 'no data for the cases'
            }
            """);

        var brokenCase = Assert.Single(PesterItCaseSource.Discover(scripts.Path));
        var failure = Assert.Throws<PesterItFailedException>(() => Verdict(brokenCase));

        Assert.Equal("Broken.Tests.ps1", brokenCase.DisplayName);
        Assert.StartsWith("Discovery of the test file failed: RuntimeException: no data for the cases", failure.Message);
        Assert.Contains("Broken.Tests.ps1:3", failure.Message);
    }

    [Fact]
    public void A_failed_It_fails_its_case_with_the_message_the_line_and_the_script_stack()
    {
        scripts.Write("Reported.Tests.ps1", """
            Describe 'Reported' {
                It 'passes' { 1 | Should -Be 1 }
                It 'fails a Should' {
                    $total = 3
                    $total | Should -Be 5 -Because 'two items were added'
                }
                It 'throws' { Get-Total }
                BeforeAll { function Get-Total { throw [System.InvalidOperationException]::new('no items') } }
            }
            """);
        var cases = PesterItCaseSource.Discover(scripts.Path);

        Verdict(cases[0]);
        var shouldFailure = Assert.Throws<PesterItFailedException>(() => Verdict(cases[1]));
        var errorFailure = Assert.Throws<PesterItFailedException>(() => Verdict(cases[2]));

        var script = Path.Combine(scripts.Path, "Reported.Tests.ps1");
        Assert.Equal(
            $"Expected 5, because two items were added, but got 3.{Environment.NewLine}at {script}:5{Environment.NewLine}    $total | Should -Be 5 -Because 'two items were added'",
            shouldFailure.Message);
        Assert.Equal($"at <ScriptBlock>, {script}: line 5", shouldFailure.StackTrace);
        Assert.StartsWith($"InvalidOperationException: no items{Environment.NewLine}at {script}:8", errorFailure.Message);
        Assert.Equal(
            [$"at Get-Total, {script}: line 8", $"at <ScriptBlock>, {script}: line 7"],
            errorFailure.StackTrace!.Split(Environment.NewLine));
    }

    [Fact]
    public void Several_failures_of_one_It_are_numbered_in_the_message()
    {
        var run = scripts.Run("""
            Describe 'Block' {
                AfterEach { throw 'cleanup failed' }
                It 'fails twice' { throw 'body failed' }
            }
            """);

        var failure = PesterItFailedException.From(run.It("Block › fails twice").Failures);

        Assert.StartsWith("[1] RuntimeException: body failed", failure.Message);
        Assert.Contains($"{Environment.NewLine}[2] AfterEach failed: RuntimeException: cleanup failed", failure.Message);
    }

    [Fact]
    public void A_case_survives_xunit_serialization()
    {
        var original = new PesterItCase("PowerShell/Users.Tests.ps1", 3, "Users › creates <n>", "It has -Skip");

        var copy = SerializationHelper.Deserialize<PesterItCase>(SerializationHelper.Serialize(original));

        Assert.Equal(
            (original.TestFile, original.Ordinal, original.ItPath, original.SkipReason, original.DisplayName),
            (copy.TestFile, copy.Ordinal, copy.ItPath, copy.SkipReason, copy.DisplayName));
    }

    void Verdict(PesterItCase it) => PesterItVerdict.Assert(PesterScriptRunner.Run(Path.Combine(scripts.Path, it.TestFile)), it);
}

using SuperOfficeProvisioning.PowerShell.Tests.Harness;
using Xunit;

namespace SuperOfficeProvisioning.PowerShell.Tests.Meta;

/// <summary>Runs every <see cref="ShouldCases"/> statement as one It of a single test file.</summary>
public sealed class ShouldCasesRun : IDisposable
{
    readonly TestScriptDirectory scripts = new();

    public ShouldCasesRun()
    {
        var its = ShouldCases.All.Select(shouldCase => $"    It '{shouldCase.Name.Replace("'", "''")}' {{ {shouldCase.Statement} }}");
        Result = scripts.Run($"Describe 'Should' {{{Environment.NewLine}{string.Join(Environment.NewLine, its)}{Environment.NewLine}}}");
    }

    public PesterFileResult Result { get; }

    public void Dispose() => scripts.Dispose();
}

public sealed class ShouldOperatorTests(ShouldCasesRun run) : IClassFixture<ShouldCasesRun>
{
    public static TheoryData<string> CaseNames => new(ShouldCases.All.Select(shouldCase => shouldCase.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Passes_or_fails_with_Pesters_message(string name)
    {
        var shouldCase = ShouldCases.All.Single(candidate => candidate.Name == name);
        var result = run.Result.It($"Should › {name}");

        if (shouldCase.Failure is null)
        {
            Assert.True(result.Outcome == PesterItOutcome.Passed, string.Join(Environment.NewLine, result.Failures.Select(failure => failure.Message)));
            return;
        }

        Assert.Equal(PesterItOutcome.Failed, result.Outcome);
        var failure = Assert.Single(result.Failures);
        if (shouldCase.MessageStartsWith)
        {
            Assert.StartsWith(shouldCase.Failure, failure.Message);
        }
        else
        {
            Assert.Equal(shouldCase.Failure, failure.Message);
        }
    }

    [Fact]
    public void A_failed_Should_names_the_file_and_line_of_the_statement()
    {
        var index = ShouldCases.All.ToList().FindIndex(shouldCase => shouldCase.Name == "Be fails");
        var failure = Assert.Single(run.Result.It("Should › Be fails").Failures);

        Assert.Equal(run.Result.ScriptPath, failure.File);
        Assert.Equal(index + 2, failure.Line);
        Assert.Equal("It 'Be fails' { 3 | Should -Be 5 }", failure.LineText);
        Assert.Contains($"{run.Result.ScriptPath}: line {index + 2}", failure.ScriptStackTrace);
    }
}

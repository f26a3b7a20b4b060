using Xunit.Abstractions;
using Xunit.Sdk;

namespace SuperOfficeProvisioning.PowerShell.Tests.Xunit;

/// <summary>Runs the Its file by file, in the order the files and their Its were discovered.</summary>
public sealed class PesterItOrderer : ITestCaseOrderer
{
    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase =>
        testCases
            .OrderBy(testCase => ItOf(testCase)?.TestFile, StringComparer.Ordinal)
            .ThenBy(testCase => ItOf(testCase)?.Ordinal);

    static PesterItCase? ItOf(ITestCase testCase) => testCase.TestMethodArguments?.FirstOrDefault() as PesterItCase;
}

using SuperOfficeProvisioning.PowerShell.Tests.Harness;

namespace SuperOfficeProvisioning.PowerShell.Tests.Xunit;

/// <summary>Lists the Its of the test files under a directory by running the discovery phase of each file.</summary>
public static class PesterItCaseSource
{
    public static IReadOnlyList<PesterItCase> Discover(string testsDirectory)
    {
        var cases = new List<PesterItCase>();
        foreach (var testFile in PesterTestFileLocator.FindRelativePaths(testsDirectory))
        {
            var discovery = PesterScriptRunner.Discover(Path.Combine(testsDirectory, testFile));
            if (discovery.DiscoveryFailure is not null)
            {
                cases.Add(new PesterItCase(testFile, PesterItCase.WholeFile, "", skipReason: null));
                continue;
            }

            cases.AddRange(discovery.Its.Select(it => new PesterItCase(testFile, it.Ordinal, it.DisplayPath, it.SkipReason)));
        }

        return cases;
    }
}

using SuperOfficeProvisioning.PowerShell.Tests.Harness;
using SuperOfficeProvisioning.PowerShell.Tests.Xunit;
using Xunit;

namespace SuperOfficeProvisioning.PowerShell.Tests;

/// <summary>
/// The repository's <c>*.Tests.ps1</c> files: one test case per It, named <c>file › Describe › Context › It</c>.
/// The first case of a file runs the whole file; the others report what that run recorded.
/// </summary>
[TestCaseOrderer("SuperOfficeProvisioning.PowerShell.Tests.Xunit.PesterItOrderer", "SuperOfficeProvisioning.PowerShell.Tests")]
public sealed class PowerShellTestFiles
{
    [PesterIts]
    public void It(PesterItCase it) =>
        PesterItVerdict.Assert(PesterRunCache.Run(Path.Combine(RepositoryLayout.TestsDirectory, it.TestFile)), it);
}

using Xunit;
using Xunit.Sdk;

namespace SuperOfficeProvisioning.PowerShell.Tests.Xunit;

/// <summary>
/// Makes the method one test case per It of every <c>*.Tests.ps1</c> file under the repository's tests
/// directory. The method takes the <see cref="PesterItCase"/> to report.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("SuperOfficeProvisioning.PowerShell.Tests.Xunit.PesterItDiscoverer", "SuperOfficeProvisioning.PowerShell.Tests")]
public sealed class PesterItsAttribute : FactAttribute;

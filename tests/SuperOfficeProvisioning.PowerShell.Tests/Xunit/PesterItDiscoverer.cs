using SuperOfficeProvisioning.PowerShell.Tests.Harness;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace SuperOfficeProvisioning.PowerShell.Tests.Xunit;

/// <summary>Discovers the test cases of <see cref="PesterItsAttribute"/>: one per It, in file order.</summary>
public sealed class PesterItDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions,
        ITestMethod testMethod,
        IAttributeInfo factAttribute)
    {
        var methodDisplay = discoveryOptions.MethodDisplayOrDefault();
        var methodDisplayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();

        IReadOnlyList<PesterItCase> cases;
        try
        {
            cases = PesterItCaseSource.Discover(RepositoryLayout.TestsDirectory);
        }
        catch (Exception exception)
        {
            return [new ExecutionErrorTestCase(diagnosticMessageSink, methodDisplay, methodDisplayOptions, testMethod,
                $"Discovering the PowerShell test files failed: {exception}")];
        }

        return cases
            .Select(it => new PesterItTestCase(diagnosticMessageSink, methodDisplay, methodDisplayOptions, testMethod, it))
            .ToList();
    }
}

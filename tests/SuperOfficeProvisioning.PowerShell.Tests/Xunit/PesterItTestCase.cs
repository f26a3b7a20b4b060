using Xunit.Abstractions;
using Xunit.Sdk;

namespace SuperOfficeProvisioning.PowerShell.Tests.Xunit;

/// <summary>An xunit test case for one It, named by its path and skipped when the It is.</summary>
public sealed class PesterItTestCase : XunitTestCase
{
    [Obsolete("Called by the xunit de-serializer only.")]
    public PesterItTestCase()
    {
    }

    public PesterItTestCase(
        IMessageSink diagnosticMessageSink,
        TestMethodDisplay methodDisplay,
        TestMethodDisplayOptions methodDisplayOptions,
        ITestMethod testMethod,
        PesterItCase it)
        : base(diagnosticMessageSink, methodDisplay, methodDisplayOptions, testMethod, [it])
    {
    }

    public PesterItCase It => (PesterItCase)TestMethodArguments[0];

    protected override string GetDisplayName(IAttributeInfo factAttribute, string displayName) => It.DisplayName;

    protected override string? GetSkipReason(IAttributeInfo factAttribute) => It.SkipReason;
}

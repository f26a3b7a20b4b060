using Xunit;
using Xunit.Abstractions;

namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

/// <summary>The kill harness's tests run one after another: each trial is a sandbox and a pwsh process.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KillHarnessCollection
{
    public const string Name = "Kill harness";
}

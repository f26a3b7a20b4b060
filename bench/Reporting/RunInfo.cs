using System.Runtime.InteropServices;
using SuperOfficeProvisioning.Bench.Baseline;

namespace SuperOfficeProvisioning.Bench.Reporting;

/// <summary>What a report says about the run as a whole: when, on what, with which options, and the baselines.</summary>
public sealed record RunInfo
{
    public DateTimeOffset StartedUtc { get; init; } = DateTimeOffset.UtcNow;

    public string Runtime { get; init; } = RuntimeInformation.FrameworkDescription;

    public string OperatingSystem { get; init; } = RuntimeInformation.OSDescription;

    public int ProcessorCount { get; init; } = Environment.ProcessorCount;

    public required BenchOptions Options { get; init; }

    public Dictionary<string, BaselineRun> Baselines { get; init; } = [];
}

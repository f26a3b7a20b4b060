namespace SuperOfficeProvisioning.Bench.Driver;

/// <summary>What the driver process measured, written as JSON to its standard output.</summary>
public sealed record DriverResult
{
    /// <summary>Time from creating the PowerShell engine to a usable runspace.</summary>
    public double RunspaceOpenMs { get; init; }

    public double ImportMs { get; init; }

    /// <summary>Time of the cmdlet's pipeline, from the first input object to the last output.</summary>
    public double WallMs { get; init; }

    public DateTimeOffset PipelineStartedUtc { get; init; }

    public DateTimeOffset PipelineEndedUtc { get; init; }

    /// <summary>Processor time the driver used during the pipeline, all threads.</summary>
    public double CpuMs { get; init; }

    public long AllocatedBytes { get; init; }

    public int Gen2Collections { get; init; }

    public int Outputs { get; init; }

    public int Errors { get; init; }

    /// <summary>Error records by the id part of FullyQualifiedErrorId.</summary>
    public Dictionary<string, int> ErrorIds { get; init; } = [];

    /// <summary>The first few error messages, to say what failed.</summary>
    public List<string> FirstErrors { get; init; } = [];

    public long WorkingSetBeforeRunBytes { get; init; }

    /// <summary>The driver process's peak working set over its whole life.</summary>
    public long PeakWorkingSetBytes { get; init; }

    /// <summary>The largest managed heap seen during the pipeline, sampled every few milliseconds.</summary>
    public long PeakManagedHeapBytes { get; init; }

    /// <summary>Managed memory still reachable after the pipeline, its output included, beyond what was reachable before it.</summary>
    public long RetainedAfterRunBytes { get; init; }

    /// <summary>Sync-SoGroup's summary object: Created, Updated, MembersAdded, Failed, Unchanged, RequestsSent.</summary>
    public Dictionary<string, long> SyncSummary { get; init; } = [];
}

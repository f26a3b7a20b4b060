namespace SuperOfficeProvisioning.Bench.Scenarios;

/// <summary>One row of the results table, with everything behind it for the JSON file.</summary>
public sealed record ScenarioResult
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>Users (or members) the scenario handles.</summary>
    public int Objects { get; init; }

    public double? WallSeconds { get; init; }

    /// <summary>Requests the sandbox received, retries and faulted ones included.</summary>
    public long? Requests { get; init; }

    public double? RequestsPerObject => Requests is { } requests && Objects > 0 ? (double)requests / Objects : null;

    /// <summary>Peak working set of the process that ran the module (the sandbox runs elsewhere), in MB.</summary>
    public double? PeakMemoryMB { get; init; }

    /// <summary>What the naive baseline would take for the same objects: its time per object on a sample, times <see cref="Objects"/>.</summary>
    public double? BaselineSeconds { get; init; }

    public double? SpeedUp => BaselineSeconds is { } baseline && WallSeconds is > 0 and var wall ? baseline / wall : null;

    public List<TargetCheck> Targets { get; init; } = [];

    public List<string> Notes { get; init; } = [];

    /// <summary>Figures behind the row: per-route request counts, the driver's measurements, fault counts.</summary>
    public Dictionary<string, object?> Details { get; init; } = [];
}

namespace SuperOfficeProvisioning.Bench.Scenarios;

/// <summary>A target from the issue, the figure it is held against, and whether it was met.</summary>
public sealed record TargetCheck(string Target, string Actual, bool Met);

namespace SuperOfficeProvisioning.Sandbox;

/// <summary>Latency for the routes matching <see cref="Route"/>: fixed, or drawn from <c>[MinMs, MaxMs]</c>.</summary>
public sealed class RouteLatency
{
    public string Route { get; set; } = "*";

    public int MinMs { get; set; }

    public int? MaxMs { get; set; }

    internal void Validate()
    {
        if (MinMs < 0 || MaxMs < MinMs)
        {
            throw new ArgumentException($"Latency for '{Route}' needs 0 <= MinMs <= MaxMs.", nameof(MinMs));
        }
    }
}

namespace SuperOfficeProvisioning.Sandbox.WebApi;

/// <summary>An entity with the time it last changed (for Last-Modified and If-Unmodified-Since).</summary>
internal sealed record Stamped<T>(T Entity, DateTimeOffset Modified);

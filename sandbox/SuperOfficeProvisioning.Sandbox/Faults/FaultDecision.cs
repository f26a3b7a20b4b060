namespace SuperOfficeProvisioning.Sandbox.Faults;

/// <summary>The injector's verdict on one request.</summary>
internal readonly record struct FaultDecision(TimeSpan Latency, FaultKind? Kind, int RetryAfterSeconds);

namespace SuperOfficeProvisioning.SandboxTools.Entra.Directory;

/// <summary>A device registered in the directory; it can be a group member, which a user sync must skip.</summary>
public sealed record DirectoryDevice
{
    public required string Id { get; init; }
    public string? DeviceId { get; init; }
    public string? DisplayName { get; init; }
    public string? OperatingSystem { get; init; }
    public string? OperatingSystemVersion { get; init; }
    public bool AccountEnabled { get; init; } = true;
    public string? TrustType { get; init; }
}

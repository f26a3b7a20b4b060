namespace SuperOfficeProvisioning.SandboxTools.Entra.Directory;

/// <summary>The shape of a directory file such as <c>examples/data/entra-directory.json</c>.</summary>
public sealed record DirectoryDocument
{
    public string? TenantId { get; init; }
    public string? VerifiedDomain { get; init; }
    public IReadOnlyList<DirectoryUser> Users { get; init; } = [];
    public IReadOnlyList<DirectoryGroup> Groups { get; init; } = [];
    public IReadOnlyList<DirectoryDevice> Devices { get; init; } = [];
}

namespace SuperOfficeProvisioning.SandboxTools.Entra.Directory;

/// <summary>A group as the directory file stores it; <see cref="Members"/> holds the ids of users, groups and devices.</summary>
public sealed record DirectoryGroup
{
    public required string Id { get; init; }
    public required string DisplayName { get; init; }
    public string? Description { get; init; }
    public string? Mail { get; init; }
    public bool MailEnabled { get; init; }
    public string? MailNickname { get; init; }
    public bool SecurityEnabled { get; init; } = true;
    public IReadOnlyList<string> GroupTypes { get; init; } = [];
    public DateTimeOffset? CreatedDateTime { get; init; }
    public IReadOnlyList<string> Members { get; init; } = [];
}

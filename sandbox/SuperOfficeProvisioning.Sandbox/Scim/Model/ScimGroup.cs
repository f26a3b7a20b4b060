namespace SuperOfficeProvisioning.Sandbox.Scim.Model;

/// <summary>A SCIM group without its members (the store keeps those in a set).</summary>
internal sealed record ScimGroup
{
    public string Id { get; init; } = "";

    public string? ExternalId { get; init; }

    public string DisplayName { get; init; } = "";

    public DateTimeOffset Created { get; init; }

    public DateTimeOffset LastModified { get; init; }
}

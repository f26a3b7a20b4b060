namespace SuperOfficeProvisioning.Sandbox.Scim.Schema;

/// <summary>A schema of RFC 7643 section 7: its URN and attributes.</summary>
internal sealed record ScimSchemaDefinition(string Id, string Name, string Description, IReadOnlyList<ScimAttribute> Attributes)
{
    public ScimAttribute? FindAttribute(string name) =>
        Attributes.FirstOrDefault(attribute => string.Equals(attribute.Name, name, StringComparison.OrdinalIgnoreCase));
}

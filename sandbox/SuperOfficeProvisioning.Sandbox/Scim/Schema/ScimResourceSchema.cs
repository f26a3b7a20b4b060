namespace SuperOfficeProvisioning.Sandbox.Scim.Schema;

/// <summary>A resource type of RFC 7643 section 6: its endpoint, core schema and extensions.</summary>
internal sealed class ScimResourceSchema(
    string name, string endpoint, ScimSchemaDefinition core, IReadOnlyList<ScimSchemaDefinition> extensions) : IAttributeScope
{
    public string Name { get; } = name;

    public string Endpoint { get; } = endpoint;

    public ScimSchemaDefinition Core { get; } = core;

    public IReadOnlyList<ScimSchemaDefinition> Extensions { get; } = extensions;

    public AttributeLookup? Find(string? schemaUrn, string name)
    {
        if (schemaUrn is null || string.Equals(schemaUrn, Core.Id, StringComparison.OrdinalIgnoreCase))
        {
            var attribute = Core.FindAttribute(name) ?? ScimSchemas.CommonAttributes.FirstOrDefault(
                common => string.Equals(common.Name, name, StringComparison.OrdinalIgnoreCase));
            return attribute is null ? null : new AttributeLookup(null, attribute);
        }

        var extension = FindExtension(schemaUrn);
        var extensionAttribute = extension?.FindAttribute(name);
        return extensionAttribute is null ? null : new AttributeLookup(extension, extensionAttribute);
    }

    public ScimSchemaDefinition? FindExtension(string urn) =>
        Extensions.FirstOrDefault(extension => string.Equals(extension.Id, urn, StringComparison.OrdinalIgnoreCase));
}

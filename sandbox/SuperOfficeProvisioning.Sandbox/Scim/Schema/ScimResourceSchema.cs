namespace SuperOfficeProvisioning.Sandbox.Scim.Schema;

/// <summary>Where attribute names are looked up: a resource type, or the sub-attributes of one complex attribute.</summary>
internal interface IAttributeScope
{
    /// <summary>Finds an attribute by name (case-insensitive), optionally qualified by a schema URN.</summary>
    AttributeLookup? Find(string? schemaUrn, string name);

    /// <summary>Finds an extension schema by its URN, for paths that name a whole extension object.</summary>
    ScimSchemaDefinition? FindExtension(string urn);
}

/// <summary>An attribute found in a scope; <see cref="Extension"/> is null for core and common attributes.</summary>
internal readonly record struct AttributeLookup(ScimSchemaDefinition? Extension, ScimAttribute Attribute);

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

/// <summary>The sub-attributes of one complex attribute, the scope of a value filter such as <c>emails[type eq "work"]</c>.</summary>
internal sealed class ComplexAttributeScope(ScimAttribute parent) : IAttributeScope
{
    public AttributeLookup? Find(string? schemaUrn, string name)
    {
        var sub = schemaUrn is null ? parent.FindSubAttribute(name) : null;
        return sub is null ? null : new AttributeLookup(null, sub);
    }

    public ScimSchemaDefinition? FindExtension(string urn) => null;
}

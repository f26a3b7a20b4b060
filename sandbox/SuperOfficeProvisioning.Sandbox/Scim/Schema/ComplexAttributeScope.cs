namespace SuperOfficeProvisioning.Sandbox.Scim.Schema;

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

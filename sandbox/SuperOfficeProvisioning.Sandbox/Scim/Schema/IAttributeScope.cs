namespace SuperOfficeProvisioning.Sandbox.Scim.Schema;

/// <summary>Where attribute names are looked up: a resource type, or the sub-attributes of one complex attribute.</summary>
internal interface IAttributeScope
{
    /// <summary>Finds an attribute by name (case-insensitive), optionally qualified by a schema URN.</summary>
    AttributeLookup? Find(string? schemaUrn, string name);

    /// <summary>Finds an extension schema by its URN, for paths that name a whole extension object.</summary>
    ScimSchemaDefinition? FindExtension(string urn);
}

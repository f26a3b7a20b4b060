namespace SuperOfficeProvisioning.Sandbox.Scim.Schema;

/// <summary>An attribute found in a scope; <see cref="Extension"/> is null for core and common attributes.</summary>
internal readonly record struct AttributeLookup(ScimSchemaDefinition? Extension, ScimAttribute Attribute);

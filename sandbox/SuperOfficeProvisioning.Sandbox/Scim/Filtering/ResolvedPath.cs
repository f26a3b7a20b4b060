using SuperOfficeProvisioning.Sandbox.Scim.Schema;

namespace SuperOfficeProvisioning.Sandbox.Scim.Filtering;

/// <summary>
/// An attribute path checked against a schema. <see cref="Attribute"/> is null when the path names a whole extension
/// object (<c>urn:ietf:params:scim:schemas:extension:enterprise:2.0:User</c>).
/// </summary>
internal sealed record ResolvedPath(
    ScimSchemaDefinition? Extension, ScimAttribute? Attribute, FilterNode? ElementFilter, ScimAttribute? SubAttribute)
{
    /// <summary>The attribute a comparison reads: the sub-attribute, else the <c>value</c> of a complex attribute, else the attribute.</summary>
    public ScimAttribute? Leaf => SubAttribute ?? (Attribute is { IsComplex: true } ? Attribute.FindSubAttribute("value") : Attribute);
}

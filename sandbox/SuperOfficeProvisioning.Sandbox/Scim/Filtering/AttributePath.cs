namespace SuperOfficeProvisioning.Sandbox.Scim.Filtering;

/// <summary>
/// An attribute path as written: <c>[schema URN:]name[\[element filter\]][.subAttribute]</c>. <see cref="Resolved"/> is
/// filled in by <see cref="FilterBinder"/> against a schema.
/// </summary>
internal sealed record AttributePath(string? SchemaUrn, string Name, FilterNode? ElementFilter, string? SubAttribute)
{
    public ResolvedPath? Resolved { get; init; }

    public ResolvedPath Bound => Resolved ?? throw new InvalidOperationException($"The path '{this}' has not been bound to a schema.");

    /// <summary>Splits <c>urn:…:User:manager.value</c>, <c>name.givenName</c> or <c>userName</c> (no element filter).</summary>
    public static AttributePath FromText(string text, FilterNode? elementFilter = null, string? subAttribute = null)
    {
        string? schemaUrn = null;
        var rest = text;
        if (text.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            var lastColon = text.LastIndexOf(':');
            schemaUrn = text[..lastColon];
            rest = text[(lastColon + 1)..];
        }

        var dot = rest.IndexOf('.');
        if (dot >= 0 && subAttribute is null && elementFilter is null)
        {
            return new AttributePath(schemaUrn, rest[..dot], null, rest[(dot + 1)..]);
        }

        return new AttributePath(schemaUrn, rest, elementFilter, subAttribute);
    }

    public override string ToString()
    {
        var text = SchemaUrn is null ? Name : $"{SchemaUrn}:{Name}";
        if (ElementFilter is not null)
        {
            text += $"[{ElementFilter}]";
        }

        return SubAttribute is null ? text : $"{text}.{SubAttribute}";
    }
}

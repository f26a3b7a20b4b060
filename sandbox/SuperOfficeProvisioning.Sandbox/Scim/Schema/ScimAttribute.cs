namespace SuperOfficeProvisioning.Sandbox.Scim.Schema;

/// <summary>One attribute definition of RFC 7643 section 7, with the characteristics the gateway enforces.</summary>
internal sealed record ScimAttribute(string Name, ScimAttributeType Type)
{
    public bool MultiValued { get; init; }

    public bool Required { get; init; }

    public bool CaseExact { get; init; }

    public ScimMutability Mutability { get; init; } = ScimMutability.ReadWrite;

    /// <summary><c>always</c>, <c>default</c> or <c>never</c>.</summary>
    public string Returned { get; init; } = "default";

    /// <summary><c>none</c> or <c>server</c>.</summary>
    public string Uniqueness { get; init; } = "none";

    public string Description { get; init; } = "";

    public IReadOnlyList<string> CanonicalValues { get; init; } = [];

    public IReadOnlyList<string> ReferenceTypes { get; init; } = [];

    public IReadOnlyList<ScimAttribute> SubAttributes { get; init; } = [];

    public bool IsComplex => Type == ScimAttributeType.Complex;

    public ScimAttribute? FindSubAttribute(string name) =>
        SubAttributes.FirstOrDefault(sub => string.Equals(sub.Name, name, StringComparison.OrdinalIgnoreCase));
}

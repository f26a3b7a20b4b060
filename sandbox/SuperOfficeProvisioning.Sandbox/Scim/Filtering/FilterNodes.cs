using System.Globalization;
using System.Text.Json;
using SuperOfficeProvisioning.Sandbox.Scim.Schema;

namespace SuperOfficeProvisioning.Sandbox.Scim.Filtering;

internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    Contains,
    StartsWith,
    EndsWith,
    Present,
    GreaterThan,
    GreaterOrEqual,
    LessThan,
    LessOrEqual,
}

/// <summary>A parsed SCIM filter (RFC 7644 section 3.4.2.2). <see cref="object.ToString"/> gives a fully parenthesised form.</summary>
internal abstract record FilterNode;

internal sealed record AndNode(FilterNode Left, FilterNode Right) : FilterNode
{
    public override string ToString() => $"({Left} and {Right})";
}

internal sealed record OrNode(FilterNode Left, FilterNode Right) : FilterNode
{
    public override string ToString() => $"({Left} or {Right})";
}

internal sealed record NotNode(FilterNode Operand) : FilterNode
{
    public override string ToString() => $"(not {Operand})";
}

/// <summary><c>attrPath op value</c> or <c>attrPath pr</c>; <see cref="Value"/> is a string, bool, decimal or null.</summary>
internal sealed record ComparisonNode(AttributePath Path, ComparisonOperator Operator, object? Value) : FilterNode
{
    public override string ToString() => Operator == ComparisonOperator.Present
        ? $"{Path} pr"
        : $"{Path} {FilterOperators.Keyword(Operator)} {FormatLiteral(Value)}";

    private static string FormatLiteral(object? value) => value switch
    {
        null => "null",
        bool flag => flag ? "true" : "false",
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value.ToString()),
    };
}

/// <summary><c>emails[type eq "work"]</c> on its own: true when any element of the attribute matches.</summary>
internal sealed record ValuePathNode(AttributePath Path) : FilterNode
{
    public override string ToString() => Path.ToString();
}

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

internal static class FilterOperators
{
    private static readonly Dictionary<string, ComparisonOperator> ByKeyword = new(StringComparer.OrdinalIgnoreCase)
    {
        ["eq"] = ComparisonOperator.Equal,
        ["ne"] = ComparisonOperator.NotEqual,
        ["co"] = ComparisonOperator.Contains,
        ["sw"] = ComparisonOperator.StartsWith,
        ["ew"] = ComparisonOperator.EndsWith,
        ["pr"] = ComparisonOperator.Present,
        ["gt"] = ComparisonOperator.GreaterThan,
        ["ge"] = ComparisonOperator.GreaterOrEqual,
        ["lt"] = ComparisonOperator.LessThan,
        ["le"] = ComparisonOperator.LessOrEqual,
    };

    public static bool TryParse(string keyword, out ComparisonOperator op) => ByKeyword.TryGetValue(keyword, out op);

    public static string Keyword(ComparisonOperator op) => ByKeyword.First(pair => pair.Value == op).Key;

    public static bool IsOrdering(ComparisonOperator op) =>
        op is ComparisonOperator.GreaterThan or ComparisonOperator.GreaterOrEqual or ComparisonOperator.LessThan or ComparisonOperator.LessOrEqual;

    public static bool IsSubstring(ComparisonOperator op) =>
        op is ComparisonOperator.Contains or ComparisonOperator.StartsWith or ComparisonOperator.EndsWith;
}

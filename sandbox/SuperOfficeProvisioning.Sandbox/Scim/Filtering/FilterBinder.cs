using SuperOfficeProvisioning.Sandbox.Scim.Protocol;
using SuperOfficeProvisioning.Sandbox.Scim.Schema;

namespace SuperOfficeProvisioning.Sandbox.Scim.Filtering;

/// <summary>
/// Checks a parsed filter or path against a schema: every attribute must exist (names are case-insensitive), value
/// filters only on multi-valued complex attributes, operators only where they make sense for the attribute's type.
/// Boolean literals written as strings (<c>"False"</c>) become booleans.
/// </summary>
internal static class FilterBinder
{
    public static FilterNode BindFilter(FilterNode filter, IAttributeScope scope) =>
        BindFilter(filter, scope, ScimException.InvalidFilter);

    public static AttributePath BindPath(AttributePath path, IAttributeScope scope, Func<string, ScimException> error)
    {
        if (path.SchemaUrn is not null && path.ElementFilter is null && path.SubAttribute is null &&
            scope.FindExtension($"{path.SchemaUrn}:{path.Name}") is { } extension)
        {
            return path with { Resolved = new ResolvedPath(extension, null, null, null) };
        }

        var lookup = scope.Find(path.SchemaUrn, path.Name) ?? throw error($"The attribute '{path}' is not known.");
        var attribute = lookup.Attribute;

        FilterNode? elementFilter = null;
        if (path.ElementFilter is not null)
        {
            if (!attribute.IsComplex || !attribute.MultiValued)
            {
                throw error($"'{attribute.Name}' is not a multi-valued complex attribute and cannot take a value filter.");
            }

            elementFilter = BindFilter(path.ElementFilter, new ComplexAttributeScope(attribute), error);
        }

        ScimAttribute? subAttribute = null;
        if (path.SubAttribute is not null)
        {
            subAttribute = attribute.FindSubAttribute(path.SubAttribute)
                ?? throw error($"'{attribute.Name}' has no sub-attribute '{path.SubAttribute}'.");
        }

        return path with { Resolved = new ResolvedPath(lookup.Extension, attribute, elementFilter, subAttribute) };
    }

    private static FilterNode BindFilter(FilterNode filter, IAttributeScope scope, Func<string, ScimException> error) => filter switch
    {
        AndNode and => new AndNode(BindFilter(and.Left, scope, error), BindFilter(and.Right, scope, error)),
        OrNode or => new OrNode(BindFilter(or.Left, scope, error), BindFilter(or.Right, scope, error)),
        NotNode not => new NotNode(BindFilter(not.Operand, scope, error)),
        ValuePathNode valuePath => new ValuePathNode(BindPath(valuePath.Path, scope, error)),
        ComparisonNode comparison => BindComparison(comparison, scope, error),
        _ => throw new ArgumentOutOfRangeException(nameof(filter)),
    };

    private static ComparisonNode BindComparison(ComparisonNode comparison, IAttributeScope scope, Func<string, ScimException> error)
    {
        var path = BindPath(comparison.Path, scope, error);
        var resolved = path.Bound;
        if (resolved.Attribute is null)
        {
            throw error($"'{path}' names a whole schema extension; filter on one of its attributes.");
        }

        if (comparison.Operator == ComparisonOperator.Present)
        {
            return comparison with { Path = path };
        }

        var leaf = resolved.Leaf ?? throw error($"'{path}' is a complex attribute; compare one of its sub-attributes.");
        return comparison with { Path = path, Value = CheckedLiteral(comparison, leaf, error) };
    }

    private static object? CheckedLiteral(ComparisonNode comparison, ScimAttribute leaf, Func<string, ScimException> error)
    {
        var op = comparison.Operator;
        var value = comparison.Value;
        var keyword = FilterOperators.Keyword(op);
        if (value is null)
        {
            return op is ComparisonOperator.Equal or ComparisonOperator.NotEqual
                ? null
                : throw error($"'{keyword}' cannot compare with null.");
        }

        if (leaf.Type == ScimAttributeType.Boolean)
        {
            if (op is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual))
            {
                throw error($"'{leaf.Name}' is a boolean; only eq, ne and pr apply.");
            }

            return value switch
            {
                bool flag => flag,
                string flagText when bool.TryParse(flagText, out var parsed) => parsed,
                _ => throw error($"'{leaf.Name}' is a boolean; compare it with true or false."),
            };
        }

        if (value is not string text)
        {
            throw error($"'{leaf.Name}' holds text; compare it with a quoted string.");
        }

        if (leaf.Type == ScimAttributeType.DateTime && FilterOperators.IsOrdering(op) && !DateTimeOffset.TryParse(
                text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out _))
        {
            throw error($"'{text}' is not a date and time (RFC 3339).");
        }

        return text;
    }
}

using SuperOfficeProvisioning.Sandbox.Scim.Filtering;

namespace SuperOfficeProvisioning.Sandbox.Scim.Protocol;

/// <summary>
/// The filter restrictions of a server profile, answered as such servers answer: <c>or</c> refused with a bare 400 on
/// Users and a 500 on Groups, a Groups filter on an attribute outside the allow-list, or an operator outside the
/// operator allow-list, refused with a bare 400.
/// </summary>
internal static class FilterSupport
{
    public static void ValidateOperators(IReadOnlyList<string>? operators)
    {
        if (operators?.FirstOrDefault(op => !FilterOperators.TryParse(op, out _)) is { } unknown)
        {
            throw new ArgumentException($"'{unknown}' is not a SCIM filter operator.", nameof(operators));
        }
    }

    public static void Check(FilterNode? filter, ScimGatewayOptions options, bool groups)
    {
        if (filter is null)
        {
            return;
        }

        if (!options.OrFilters && Nodes(filter).Any(n => n is OrNode))
        {
            throw groups
                ? ScimException.Bare(500, "An unexpected error occurred.")
                : ScimException.Bare(400, "Filtering with 'or' is not supported.");
        }

        if (options.FilterOperators is { } operators)
        {
            foreach (var comparison in Nodes(filter).OfType<ComparisonNode>())
            {
                var keyword = FilterOperators.Keyword(comparison.Operator);
                if (!operators.Contains(keyword, StringComparer.OrdinalIgnoreCase))
                {
                    throw ScimException.Bare(400, $"The filter operator '{keyword}' is not supported.");
                }
            }
        }

        if (groups && options.GroupFilterAttributes is { } allowed)
        {
            foreach (var comparison in Nodes(filter).OfType<ComparisonNode>())
            {
                if (!allowed.Contains(comparison.Path.Name, StringComparer.OrdinalIgnoreCase))
                {
                    throw ScimException.Bare(400, $"Filtering by this attribute is not supported: {comparison.Path.Name}");
                }
            }
        }
    }

    private static IEnumerable<FilterNode> Nodes(FilterNode node)
    {
        yield return node;
        var children = node switch
        {
            AndNode and => new[] { and.Left, and.Right },
            OrNode or => new[] { or.Left, or.Right },
            NotNode not => new[] { not.Operand },
            _ => Array.Empty<FilterNode>(),
        };
        foreach (var child in children.SelectMany(Nodes))
        {
            yield return child;
        }
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;
using SuperOfficeProvisioning.Sandbox.Scim.Schema;

namespace SuperOfficeProvisioning.Sandbox.Scim.Filtering;

/// <summary>Evaluates bound filters. String comparisons honour each attribute's <c>caseExact</c>.</summary>
internal static class FilterEvaluator
{
    public static bool Matches(FilterNode filter, IFilterSubject subject) => filter switch
    {
        AndNode and => Matches(and.Left, subject) && Matches(and.Right, subject),
        OrNode or => Matches(or.Left, subject) || Matches(or.Right, subject),
        NotNode not => !Matches(not.Operand, subject),
        ValuePathNode valuePath => Values(valuePath.Path.Bound, subject).Any(),
        ComparisonNode comparison => subject.TryMatchDirectly(comparison) ?? Compare(comparison, subject),
        _ => throw new ArgumentOutOfRangeException(nameof(filter)),
    };

    private static bool Compare(ComparisonNode comparison, IFilterSubject subject)
    {
        var resolved = comparison.Path.Bound;
        var values = Values(resolved, subject);
        switch (comparison.Operator)
        {
            case ComparisonOperator.Present:
                return values.Any(IsPresent);
            case ComparisonOperator.Equal when comparison.Value is null:
                return !values.Any(IsPresent);
            case ComparisonOperator.NotEqual:
                return !Compare(comparison with { Operator = ComparisonOperator.Equal }, subject);
            default:
                var leaf = resolved.Leaf!;
                return values.Any(value => CompareValue(value, comparison.Operator, comparison.Value!, leaf));
        }
    }

    private static IEnumerable<JsonNode?> Values(ResolvedPath path, IFilterSubject subject)
    {
        var elements = subject.ElementsOf(path);
        if (path.ElementFilter is { } elementFilter)
        {
            elements = elements.Where(element => element is JsonObject item && Matches(elementFilter, new JsonFilterSubject(item)));
        }

        if (path.Attribute is { IsComplex: true } && path.Leaf is { } leaf)
        {
            return elements.Select(element => (element as JsonObject)?.GetIgnoringCase(leaf.Name));
        }

        return elements;
    }

    private static bool IsPresent(JsonNode? node) => node switch
    {
        null => false,
        JsonArray array => array.Count > 0,
        JsonObject obj => obj.Count > 0,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>().Length > 0,
        _ => true,
    };

    private static bool CompareValue(JsonNode? node, ComparisonOperator op, object literal, ScimAttribute leaf)
    {
        if (node is not JsonValue value)
        {
            return false;
        }

        if (literal is bool expected)
        {
            return value.GetValueKind() is JsonValueKind.True or JsonValueKind.False && value.GetValue<bool>() == expected;
        }

        if (value.GetValueKind() != JsonValueKind.String)
        {
            return false;
        }

        var actual = value.GetValue<string>();
        var text = (string)literal;
        if (leaf.Type == ScimAttributeType.DateTime && FilterOperators.IsOrdering(op))
        {
            return TryParseDate(actual, out var actualDate) && TryParseDate(text, out var expectedDate) &&
                   Ordered(actualDate.CompareTo(expectedDate), op);
        }

        var comparison = leaf.CaseExact ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return op switch
        {
            ComparisonOperator.Equal => string.Equals(actual, text, comparison),
            ComparisonOperator.Contains => actual.Contains(text, comparison),
            ComparisonOperator.StartsWith => actual.StartsWith(text, comparison),
            ComparisonOperator.EndsWith => actual.EndsWith(text, comparison),
            _ => Ordered(string.Compare(actual, text, comparison), op),
        };
    }

    private static bool Ordered(int order, ComparisonOperator op) => op switch
    {
        ComparisonOperator.GreaterThan => order > 0,
        ComparisonOperator.GreaterOrEqual => order >= 0,
        ComparisonOperator.LessThan => order < 0,
        ComparisonOperator.LessOrEqual => order <= 0,
        _ => false,
    };

    private static bool TryParseDate(string text, out DateTimeOffset date) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date);
}

using System.Globalization;
using System.Text.Json;

namespace SuperOfficeProvisioning.Sandbox.Scim.Filtering;

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

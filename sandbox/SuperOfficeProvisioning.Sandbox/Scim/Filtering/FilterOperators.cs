namespace SuperOfficeProvisioning.Sandbox.Scim.Filtering;

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
}

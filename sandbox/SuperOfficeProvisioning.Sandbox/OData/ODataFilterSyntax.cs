namespace SuperOfficeProvisioning.Sandbox.OData;

/// <summary>
/// What a filter may use besides <c>and</c>, <c>or</c>, <c>not</c>, parentheses and string, boolean and null literals;
/// the parser refuses the rest as a syntax error.
/// </summary>
public sealed class ODataFilterSyntax
{
    public required IReadOnlyCollection<ODataComparisonOperator> Comparisons { get; init; }

    /// <summary>Whether <c>Property in (literal, …)</c> is allowed.</summary>
    public bool InLists { get; init; }

    public IReadOnlyCollection<ODataFunction> Functions { get; init; } = [];

    /// <summary>Whether number literals (JSON numbers, such as <c>-1.5e3</c>) are allowed.</summary>
    public bool NumberLiterals { get; init; }
}

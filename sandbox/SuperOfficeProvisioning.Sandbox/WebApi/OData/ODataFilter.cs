using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SuperOfficeProvisioning.Sandbox.WebApi.OData;

/// <summary>A parsed <c>$filter</c>: a predicate over an archive row.</summary>
internal abstract partial record ODataFilter
{
    public abstract bool Matches(JsonObject row);

    /// <summary>
    /// Parses the subset of OData filters the sandbox supports: <c>Field eq|ne|gt|ge|lt|le literal</c>,
    /// <c>startswith|endswith|contains(Field,'text')</c>, <c>and</c>, <c>or</c>, <c>not</c> and parentheses.
    /// Literals: <c>'text'</c> (with '' for a quote), numbers, true, false, null. Field names resolve through
    /// <paramref name="resolveField"/>, which throws <see cref="FormatException"/> for unknown ones.
    /// </summary>
    public static ODataFilter Parse(string text, Func<string, string> resolveField) =>
        new ODataFilterParser(text, resolveField).ParseAll();

    internal sealed record Comparison(string Field, string Operator, JsonNode? Literal) : ODataFilter
    {
        public override bool Matches(JsonObject row)
        {
            var order = JsonValueComparer.Instance.Compare(row[Field], Literal);
            return Operator switch
            {
                "eq" => order == 0,
                "ne" => order != 0,
                "gt" => order > 0,
                "ge" => order >= 0,
                "lt" => order < 0,
                _ => order <= 0,
            };
        }
    }

    internal sealed record TextFunction(string Function, string Field, string Argument) : ODataFilter
    {
        public override bool Matches(JsonObject row)
        {
            if (row[Field] is not { } value || value.GetValueKind() == JsonValueKind.Null)
            {
                return false;
            }

            var text = JsonValueComparer.Text(value);
            return Function switch
            {
                "startswith" => text.StartsWith(Argument, StringComparison.OrdinalIgnoreCase),
                "endswith" => text.EndsWith(Argument, StringComparison.OrdinalIgnoreCase),
                _ => text.Contains(Argument, StringComparison.OrdinalIgnoreCase),
            };
        }
    }

    internal sealed record And(ODataFilter Left, ODataFilter Right) : ODataFilter
    {
        public override bool Matches(JsonObject row) => Left.Matches(row) && Right.Matches(row);
    }

    internal sealed record Or(ODataFilter Left, ODataFilter Right) : ODataFilter
    {
        public override bool Matches(JsonObject row) => Left.Matches(row) || Right.Matches(row);
    }

    internal sealed record Not(ODataFilter Inner) : ODataFilter
    {
        public override bool Matches(JsonObject row) => !Inner.Matches(row);
    }

    /// <summary>A number literal as a JSON number, comparable like the rows' own numbers.</summary>
    internal static JsonNode ParseNumber(string token) =>
        JsonNumber().IsMatch(token) ? JsonNode.Parse(token)! : throw new FormatException($"'{token}' is not a number.");

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$")]
    private static partial Regex JsonNumber();
}

using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.OData;

namespace SuperOfficeProvisioning.Sandbox.WebApi.OData;

/// <summary>
/// An archive GET's <c>$filter</c>: <c>Field eq|ne|gt|ge|lt|le literal</c>,
/// <c>startswith|endswith|contains(Field,'text')</c>, <c>and</c>, <c>or</c>, <c>not</c> and parentheses, with
/// <c>'text'</c> (<c>''</c> for a quote), number, true, false and null literals. Comparisons order values as
/// <see cref="JsonValueComparer"/> does; the string functions ignore case.
/// </summary>
internal sealed class ODataFilter
{
    private const string Comparisons = "eq, ne, gt, ge, lt or le";

    private static readonly ODataFilterSyntax Syntax = new()
    {
        Comparisons = Enum.GetValues<ODataComparisonOperator>(),
        Functions = [ODataFunction.StartsWith, ODataFunction.EndsWith, ODataFunction.Contains],
        NumberLiterals = true,
    };

    private readonly Func<JsonObject, bool> _matches;

    private ODataFilter(Func<JsonObject, bool> matches) => _matches = matches;

    public bool Matches(JsonObject row) => _matches(row);

    /// <summary>
    /// Parses a filter whose field names resolve through <paramref name="resolveField"/>, which throws
    /// <see cref="FormatException"/> for unknown ones; a malformed filter is a <see cref="FormatException"/> too.
    /// </summary>
    public static ODataFilter Parse(string text, Func<string, string> resolveField)
    {
        try
        {
            return new ODataFilter(ODataFilterParser.Parse(text, Syntax, resolveField).ToPredicate<JsonObject>(Test));
        }
        catch (ODataFilterSyntaxException exception)
        {
            throw new FormatException(Describe(exception), exception);
        }
    }

    private static Func<JsonObject, bool> Test(ODataCondition condition) => condition switch
    {
        ODataComparison comparison => Compare(comparison),
        ODataFunctionCall call => Call(call),
        _ => throw new UnreachableException($"The archive filter syntax has no {condition.GetType().Name}."),
    };

    private static Func<JsonObject, bool> Compare(ODataComparison comparison)
    {
        var (field, literal) = (comparison.Property, ToJson(comparison.Value));
        Func<int, bool> holds = comparison.Operator switch
        {
            ODataComparisonOperator.Eq => order => order == 0,
            ODataComparisonOperator.Ne => order => order != 0,
            ODataComparisonOperator.Gt => order => order > 0,
            ODataComparisonOperator.Ge => order => order >= 0,
            ODataComparisonOperator.Lt => order => order < 0,
            _ => order => order <= 0,
        };
        return row => holds(JsonValueComparer.Instance.Compare(row[field], literal));
    }

    private static Func<JsonObject, bool> Call(ODataFunctionCall call)
    {
        var (field, argument) = (call.Property, call.Argument);
        Func<string, bool> holds = call.Function switch
        {
            ODataFunction.StartsWith => text => text.StartsWith(argument, StringComparison.OrdinalIgnoreCase),
            ODataFunction.EndsWith => text => text.EndsWith(argument, StringComparison.OrdinalIgnoreCase),
            _ => text => text.Contains(argument, StringComparison.OrdinalIgnoreCase),
        };
        return row => row[field] is { } value && value.GetValueKind() != JsonValueKind.Null && holds(JsonValueComparer.Text(value));
    }

    // A number literal stays a JSON number, so it compares like the rows' own numbers.
    private static JsonNode? ToJson(ODataLiteral literal) => literal.Kind switch
    {
        ODataLiteralKind.String => JsonValue.Create(literal.Text),
        ODataLiteralKind.Number => JsonNode.Parse(literal.Text),
        ODataLiteralKind.Boolean => JsonValue.Create(bool.Parse(literal.Text)),
        _ => null,
    };

    private static string Describe(ODataFilterSyntaxException exception) => exception.Error switch
    {
        ODataFilterSyntaxError.UnexpectedCharacter => $"Unexpected character {exception.FoundText} at position {exception.Position}.",
        ODataFilterSyntaxError.UnclosedString => "A quoted string is not closed.",
        ODataFilterSyntaxError.TextAfterEnd => $"Unexpected {exception.FoundText}.",
        ODataFilterSyntaxError.MissingSymbol => $"Expected '{exception.Subject}' but found {exception.FoundText}.",
        ODataFilterSyntaxError.PropertyExpected => $"Expected a field name but found {exception.FoundText}.",
        ODataFilterSyntaxError.StringExpected => $"Expected a quoted string but found {exception.FoundText}.",
        ODataFilterSyntaxError.OperatorExpected => $"Expected {Comparisons} but found {exception.FoundText}.",
        ODataFilterSyntaxError.UnknownOperator => $"'{exception.Found!.ToLowerInvariant()}' is not a comparison; use {Comparisons}.",
        ODataFilterSyntaxError.UnsupportedFunction => $"'{exception.Subject}' is not a function; use startswith, endswith or contains.",
        ODataFilterSyntaxError.MalformedNumber => $"{exception.FoundText} is not a number.",
        ODataFilterSyntaxError.ValueExpected when exception.Found is null => "Expected a value but found the end.",
        _ => $"{exception.FoundText} is not a value; quote text as 'text'.",
    };
}

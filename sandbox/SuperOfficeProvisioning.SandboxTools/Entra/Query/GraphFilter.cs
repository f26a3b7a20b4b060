using System.Diagnostics;
using SuperOfficeProvisioning.Sandbox.OData;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Query;

/// <summary>
/// The part of Graph's OData <c>$filter</c> that directory scripts use: <c>eq</c>, <c>ne</c>, <c>in (…)</c>,
/// <c>startsWith(…)</c>, <c>endsWith(…)</c>, <c>and</c>, <c>or</c>, <c>not</c> and parentheses, over string, boolean and
/// null literals. String comparisons ignore case, as Entra's do. Property names are looked up only as the filter runs.
/// </summary>
internal sealed class GraphFilter
{
    private static readonly ODataFilterSyntax Syntax = new()
    {
        Comparisons = [ODataComparisonOperator.Eq, ODataComparisonOperator.Ne],
        InLists = true,
        Functions = [ODataFunction.StartsWith, ODataFunction.EndsWith],
    };

    private readonly Func<Func<string, object?>, bool> _matches;

    private GraphFilter(Func<Func<string, object?>, bool> matches) => _matches = matches;

    /// <exception cref="GraphQueryException">The filter is malformed or uses what Graph's filters here do not offer.</exception>
    public static GraphFilter Parse(string text)
    {
        try
        {
            return new GraphFilter(ODataFilterParser.Parse(text, Syntax).ToPredicate<Func<string, object?>>(Test));
        }
        catch (ODataFilterSyntaxException exception)
        {
            throw new GraphQueryException(
                "BadRequest", $"Invalid filter clause: {Reason(exception)} at position {exception.Position} in \"{text}\".");
        }
    }

    /// <param name="read">Reads a property's JSON value from the object being tested.</param>
    public bool Matches(Func<string, object?> read) => _matches(read);

    private static Func<Func<string, object?>, bool> Test(ODataCondition condition) => condition switch
    {
        ODataComparison comparison => Compare(comparison),
        ODataInList list => In(list),
        ODataFunctionCall call => Call(call),
        _ => throw new UnreachableException($"Graph filters have no {condition.GetType().Name}."),
    };

    private static Func<Func<string, object?>, bool> Compare(ODataComparison comparison)
    {
        var (property, literal) = (comparison.Property, ToValue(comparison.Value));
        var negated = comparison.Operator == ODataComparisonOperator.Ne;
        return read => ValuesEqual(read(property), literal) != negated;
    }

    private static Func<Func<string, object?>, bool> In(ODataInList list)
    {
        var (property, literals) = (list.Property, list.Values.Select(ToValue).ToList());
        return read =>
        {
            var value = read(property);
            return literals.Any(literal => ValuesEqual(value, literal));
        };
    }

    private static Func<Func<string, object?>, bool> Call(ODataFunctionCall call)
    {
        var (property, argument) = (call.Property, call.Argument);
        Func<string, bool> holds = call.Function == ODataFunction.StartsWith
            ? value => value.StartsWith(argument, StringComparison.OrdinalIgnoreCase)
            : value => value.EndsWith(argument, StringComparison.OrdinalIgnoreCase);
        return read => read(property) is string value && holds(value);
    }

    private static object? ToValue(ODataLiteral literal) => literal.Kind switch
    {
        ODataLiteralKind.String => literal.Text,
        ODataLiteralKind.Boolean => bool.Parse(literal.Text),
        ODataLiteralKind.Null => null,
        _ => throw new UnreachableException("Graph filters have no number literals."),
    };

    private static bool ValuesEqual(object? value, object? literal) => (value, literal) switch
    {
        (null, null) => true,
        (string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase),
        (bool a, bool b) => a == b,
        _ => false,
    };

    private static string Reason(ODataFilterSyntaxException exception) => exception.Error switch
    {
        ODataFilterSyntaxError.UnexpectedCharacter => $"unexpected {exception.FoundText}",
        ODataFilterSyntaxError.UnclosedString => "unterminated string",
        ODataFilterSyntaxError.TextAfterEnd => "expected the end of the filter",
        ODataFilterSyntaxError.MissingSymbol => $"expected '{exception.Subject}'",
        ODataFilterSyntaxError.PropertyExpected => "expected a property name",
        ODataFilterSyntaxError.StringExpected => "expected a quoted string",
        ODataFilterSyntaxError.OperatorExpected or ODataFilterSyntaxError.UnknownOperator => $"expected eq, ne or in after '{exception.Subject}'",
        ODataFilterSyntaxError.UnsupportedFunction => $"the function '{exception.Subject}' is not supported",
        _ => "expected a quoted string, true, false or null",
    };
}

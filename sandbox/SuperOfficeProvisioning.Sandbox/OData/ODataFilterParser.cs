using System.Text.RegularExpressions;

namespace SuperOfficeProvisioning.Sandbox.OData;

/// <summary>
/// Parses an OData <c>$filter</c> into an <see cref="ODataFilterNode"/> by recursive descent: <c>or</c> binds weaker
/// than <c>and</c>, and <c>and</c> than <c>not</c>; parentheses group. Keywords, operators and function names are
/// read without regard to case. Each condition names one property: <c>Property op literal</c>,
/// <c>Property in (literal, …)</c> or <c>function(Property,'text')</c>, as far as the <see cref="ODataFilterSyntax"/>
/// allows them.
/// </summary>
public sealed partial class ODataFilterParser
{
    private static readonly Dictionary<string, ODataComparisonOperator> ComparisonWords =
        Enum.GetValues<ODataComparisonOperator>().ToDictionary(op => op.ToString(), StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, ODataFunction> FunctionNames =
        Enum.GetValues<ODataFunction>().ToDictionary(function => function.ToString(), StringComparer.OrdinalIgnoreCase);

    private readonly ODataFilterSyntax _syntax;
    private readonly Func<string, string> _resolveProperty;
    private readonly List<ODataFilterToken> _tokens;
    private int _position;

    private ODataFilterParser(string text, ODataFilterSyntax syntax, Func<string, string> resolveProperty)
    {
        _syntax = syntax;
        _resolveProperty = resolveProperty;
        _tokens = ODataFilterLexer.Tokenize(text);
    }

    private ODataFilterToken Current => _tokens[_position];

    /// <param name="resolveProperty">
    /// Gives each property name, as written, the name the tree holds; it may throw for a name it does not know. By
    /// default names stay as written.
    /// </param>
    /// <exception cref="ODataFilterSyntaxException">The text is not a filter the syntax allows.</exception>
    public static ODataFilterNode Parse(string text, ODataFilterSyntax syntax, Func<string, string>? resolveProperty = null) =>
        new ODataFilterParser(text, syntax, resolveProperty ?? (name => name)).ParseWhole();

    private ODataFilterNode ParseWhole()
    {
        var filter = ParseOr();
        return Current.Kind == ODataFilterTokenKind.End
            ? filter
            : throw Fail(ODataFilterSyntaxError.TextAfterEnd, null, $"Unexpected {Found()} after the filter");
    }

    private ODataFilterNode ParseOr()
    {
        var left = ParseAnd();
        while (TakeWord("or"))
        {
            left = new ODataOr(left, ParseAnd());
        }

        return left;
    }

    private ODataFilterNode ParseAnd()
    {
        var left = ParseUnary();
        while (TakeWord("and"))
        {
            left = new ODataAnd(left, ParseUnary());
        }

        return left;
    }

    private ODataFilterNode ParseUnary()
    {
        if (TakeWord("not"))
        {
            return new ODataNot(ParseUnary());
        }

        if (Take(ODataFilterTokenKind.Open))
        {
            var inner = ParseOr();
            Expect(ODataFilterTokenKind.Close, ")");
            return inner;
        }

        var name = Next(ODataFilterTokenKind.Word, ODataFilterSyntaxError.PropertyExpected, "a property name").Text;
        return Current.Kind == ODataFilterTokenKind.Open ? ParseFunctionCall(name) : ParseComparison(_resolveProperty(name));
    }

    private ODataFunctionCall ParseFunctionCall(string name)
    {
        if (!FunctionNames.TryGetValue(name, out var function) || !_syntax.Functions.Contains(function))
        {
            throw Fail(ODataFilterSyntaxError.UnsupportedFunction, name, $"The function '{name}' is not supported");
        }

        Expect(ODataFilterTokenKind.Open, "(");
        var property = _resolveProperty(Next(ODataFilterTokenKind.Word, ODataFilterSyntaxError.PropertyExpected, "a property name").Text);
        Expect(ODataFilterTokenKind.Comma, ",");
        var argument = Next(ODataFilterTokenKind.String, ODataFilterSyntaxError.StringExpected, "a quoted string").Text;
        Expect(ODataFilterTokenKind.Close, ")");
        return new ODataFunctionCall(function, property, argument);
    }

    private ODataCondition ParseComparison(string property)
    {
        if (Current.Kind != ODataFilterTokenKind.Word)
        {
            throw Fail(ODataFilterSyntaxError.OperatorExpected, property, $"Expected an operator after '{property}' but found {Found()}");
        }

        if (_syntax.InLists && TakeWord("in"))
        {
            return new ODataInList(property, ParseLiteralList());
        }

        if (!ComparisonWords.TryGetValue(Current.Text, out var comparison) || !_syntax.Comparisons.Contains(comparison))
        {
            throw Fail(ODataFilterSyntaxError.UnknownOperator, property, $"'{Current.Text}' is not an operator this filter allows");
        }

        _position++;
        return new ODataComparison(property, comparison, ParseLiteral());
    }

    private List<ODataLiteral> ParseLiteralList()
    {
        Expect(ODataFilterTokenKind.Open, "(");
        var literals = new List<ODataLiteral> { ParseLiteral() };
        while (Take(ODataFilterTokenKind.Comma))
        {
            literals.Add(ParseLiteral());
        }

        Expect(ODataFilterTokenKind.Close, ")");
        return literals;
    }

    private ODataLiteral ParseLiteral()
    {
        var token = Current;
        var literal = token switch
        {
            { Kind: ODataFilterTokenKind.String } => new ODataLiteral(ODataLiteralKind.String, token.Text),
            { Kind: ODataFilterTokenKind.Number } when _syntax.NumberLiterals => new ODataLiteral(ODataLiteralKind.Number, Number(token)),
            _ when token.IsWord("true") => new ODataLiteral(ODataLiteralKind.Boolean, "true"),
            _ when token.IsWord("false") => new ODataLiteral(ODataLiteralKind.Boolean, "false"),
            _ when token.IsWord("null") => new ODataLiteral(ODataLiteralKind.Null, "null"),
            _ => throw Fail(ODataFilterSyntaxError.ValueExpected, null, $"Expected a value but found {Found()}"),
        };
        _position++;
        return literal;
    }

    private string Number(ODataFilterToken token) =>
        JsonNumber().IsMatch(token.Text)
            ? token.Text
            : throw Fail(ODataFilterSyntaxError.MalformedNumber, null, $"'{token.Text}' is not a number");

    private bool TakeWord(string word) => Current.IsWord(word) && Take(ODataFilterTokenKind.Word);

    private bool Take(ODataFilterTokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        _position++;
        return true;
    }

    private void Expect(ODataFilterTokenKind kind, string symbol)
    {
        if (!Take(kind))
        {
            throw Fail(ODataFilterSyntaxError.MissingSymbol, symbol, $"Expected '{symbol}' but found {Found()}");
        }
    }

    private ODataFilterToken Next(ODataFilterTokenKind kind, ODataFilterSyntaxError error, string expected) =>
        Current.Kind == kind ? _tokens[_position++] : throw Fail(error, null, $"Expected {expected} but found {Found()}");

    private string Found() => Current.Kind == ODataFilterTokenKind.End ? "the end" : $"'{Current.Text}'";

    private ODataFilterSyntaxException Fail(ODataFilterSyntaxError error, string? subject, string message) =>
        new(error, Current.Position, Current.Kind == ODataFilterTokenKind.End ? null : Current.Text, subject,
            $"{message} at position {Current.Position}.");

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$")]
    private static partial Regex JsonNumber();
}

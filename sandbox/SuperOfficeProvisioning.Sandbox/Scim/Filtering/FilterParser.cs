namespace SuperOfficeProvisioning.Sandbox.Scim.Filtering;

/// <summary>
/// Recursive-descent parser for RFC 7644 section 3.4.2.2 filters and section 3.5.2 PATCH paths. Precedence, highest
/// first: parentheses and <c>not (…)</c>, <c>and</c>, <c>or</c>. Keywords and operators are case-insensitive. A value
/// path may be followed by a sub-attribute (<c>emails[type eq "work"].value eq "…"</c>), as Entra writes it.
/// </summary>
internal sealed class FilterParser
{
    private readonly List<FilterToken> _tokens;
    private int _index;

    private FilterParser(string text) => _tokens = FilterLexer.Tokenize(text);

    private FilterToken Current => _tokens[_index];

    /// <exception cref="FilterSyntaxException">The text is not a filter.</exception>
    public static FilterNode ParseFilter(string text)
    {
        var parser = new FilterParser(text);
        if (parser.Current.Kind == FilterTokenKind.End)
        {
            throw new FilterSyntaxException("The filter is empty.", 0);
        }

        var filter = parser.ParseOr();
        parser.Expect(FilterTokenKind.End, "the end of the filter");
        return filter;
    }

    /// <exception cref="FilterSyntaxException">The text is not an attribute path.</exception>
    public static AttributePath ParsePath(string text)
    {
        var parser = new FilterParser(text);
        var path = parser.ParseAttributePath();
        parser.Expect(FilterTokenKind.End, "the end of the path");
        return path;
    }

    private FilterNode ParseOr()
    {
        var left = ParseAnd();
        while (Current.IsWord("or"))
        {
            _index++;
            left = new OrNode(left, ParseAnd());
        }

        return left;
    }

    private FilterNode ParseAnd()
    {
        var left = ParseUnary();
        while (Current.IsWord("and"))
        {
            _index++;
            left = new AndNode(left, ParseUnary());
        }

        return left;
    }

    private FilterNode ParseUnary()
    {
        if (Current.IsWord("not"))
        {
            _index++;
            Expect(FilterTokenKind.OpenParenthesis, "'(' after 'not'");
            var operand = ParseOr();
            Expect(FilterTokenKind.CloseParenthesis, "')'");
            return new NotNode(operand);
        }

        if (Current.Kind == FilterTokenKind.OpenParenthesis)
        {
            _index++;
            var inner = ParseOr();
            Expect(FilterTokenKind.CloseParenthesis, "')'");
            return inner;
        }

        return ParseAttributeExpression();
    }

    private FilterNode ParseAttributeExpression()
    {
        var path = ParseAttributePath();
        var token = Current;
        if (token.Kind == FilterTokenKind.Word && FilterOperators.TryParse(token.Text, out var op))
        {
            _index++;
            return op == ComparisonOperator.Present
                ? new ComparisonNode(path, op, null)
                : new ComparisonNode(path, op, ParseLiteral());
        }

        if (path.ElementFilter is not null && path.SubAttribute is null)
        {
            return new ValuePathNode(path);
        }

        throw Unexpected(token, $"an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr) after '{path}'");
    }

    private AttributePath ParseAttributePath()
    {
        var token = Current;
        if (token.Kind != FilterTokenKind.Word || token.IsWord("and") || token.IsWord("or") || token.IsWord("not"))
        {
            throw Unexpected(token, "an attribute name");
        }

        _index++;
        if (Current.Kind != FilterTokenKind.OpenBracket)
        {
            return Validated(AttributePath.FromText(token.Text), token);
        }

        _index++;
        var elementFilter = ParseOr();
        Expect(FilterTokenKind.CloseBracket, "']'");
        string? subAttribute = null;
        if (Current.Kind == FilterTokenKind.Word && Current.Text.StartsWith('.'))
        {
            subAttribute = Current.Text[1..];
            _index++;
        }

        return Validated(AttributePath.FromText(token.Text, elementFilter, subAttribute), token);
    }

    private object? ParseLiteral()
    {
        var token = Current;
        _index++;
        return token.Kind switch
        {
            FilterTokenKind.String or FilterTokenKind.Number => token.Value,
            FilterTokenKind.Word when token.IsWord("true") => true,
            FilterTokenKind.Word when token.IsWord("false") => false,
            FilterTokenKind.Word when token.IsWord("null") => null,
            _ => throw Unexpected(token, "a value (a quoted string, a number, true, false or null)"),
        };
    }

    private static AttributePath Validated(AttributePath path, FilterToken token)
    {
        if (!IsAttributeName(path.Name) || (path.SubAttribute is not null && !IsAttributeName(path.SubAttribute)))
        {
            throw new FilterSyntaxException($"'{token.Text}' at position {token.Position} is not an attribute path.", token.Position);
        }

        return path;
    }

    /// <summary>RFC 7643 ATTRNAME: a letter then letters, digits, '-' or '_'; <c>$ref</c> is the one name with a '$'.</summary>
    private static bool IsAttributeName(string name) =>
        name == "$ref" ||
        (name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));

    private void Expect(FilterTokenKind kind, string expected)
    {
        if (Current.Kind != kind)
        {
            throw Unexpected(Current, expected);
        }

        _index++;
    }

    private static FilterSyntaxException Unexpected(FilterToken token, string expected) =>
        token.Kind == FilterTokenKind.End
            ? new FilterSyntaxException($"Expected {expected} at position {token.Position}, but the text ended.", token.Position)
            : new FilterSyntaxException($"Expected {expected} at position {token.Position}, found '{token.Text}'.", token.Position);
}

using System.Text;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Query;

/// <summary>A recursive-descent parser for <see cref="GraphFilter"/>; precedence is not &gt; and &gt; or.</summary>
internal sealed class GraphFilterParser
{
    private readonly string text;
    private readonly List<Token> tokens;
    private int position;

    public GraphFilterParser(string text)
    {
        this.text = text;
        tokens = Tokenize(text);
    }

    private enum TokenKind { Word, String, Open, Close, Comma, End }

    public GraphFilter ParseWhole()
    {
        var filter = ParseOr();
        Expect(TokenKind.End, "the end of the filter");
        return filter;
    }

    private GraphFilter ParseOr()
    {
        var left = ParseAnd();
        while (TryKeyword("or"))
        {
            left = new GraphFilter.Or(left, ParseAnd());
        }

        return left;
    }

    private GraphFilter ParseAnd()
    {
        var left = ParseUnary();
        while (TryKeyword("and"))
        {
            left = new GraphFilter.And(left, ParseUnary());
        }

        return left;
    }

    private GraphFilter ParseUnary()
    {
        if (TryKeyword("not"))
        {
            return new GraphFilter.Not(ParseUnary());
        }

        if (Peek.Kind == TokenKind.Open)
        {
            position++;
            var inner = ParseOr();
            Expect(TokenKind.Close, "')'");
            return inner;
        }

        var name = Expect(TokenKind.Word, "a property name").Text;
        if (Peek.Kind == TokenKind.Open)
        {
            return ParseStringFunction(name);
        }

        if (TryKeyword("eq"))
        {
            return new GraphFilter.Comparison(name, Negated: false, ParseLiteral());
        }

        if (TryKeyword("ne"))
        {
            return new GraphFilter.Comparison(name, Negated: true, ParseLiteral());
        }

        if (TryKeyword("in"))
        {
            return new GraphFilter.InList(name, ParseLiteralList());
        }

        throw Invalid($"expected eq, ne or in after '{name}'");
    }

    private GraphFilter ParseStringFunction(string function)
    {
        var name = function.ToLowerInvariant();
        if (name is not ("startswith" or "endswith"))
        {
            throw Invalid($"the function '{function}' is not supported");
        }

        Expect(TokenKind.Open, "'('");
        var property = Expect(TokenKind.Word, "a property name").Text;
        Expect(TokenKind.Comma, "','");
        var argument = Expect(TokenKind.String, "a quoted string").Text;
        Expect(TokenKind.Close, "')'");
        return new GraphFilter.StringFunction(name, property, argument);
    }

    private List<object?> ParseLiteralList()
    {
        Expect(TokenKind.Open, "'('");
        var literals = new List<object?> { ParseLiteral() };
        while (Peek.Kind == TokenKind.Comma)
        {
            position++;
            literals.Add(ParseLiteral());
        }

        Expect(TokenKind.Close, "')'");
        return literals;
    }

    private object? ParseLiteral()
    {
        var token = Peek;
        object? literal = token switch
        {
            { Kind: TokenKind.String } => token.Text,
            { Kind: TokenKind.Word, Text: var word } when word.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
            { Kind: TokenKind.Word, Text: var word } when word.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
            { Kind: TokenKind.Word, Text: var word } when word.Equals("null", StringComparison.OrdinalIgnoreCase) => null,
            _ => throw Invalid("expected a quoted string, true, false or null"),
        };
        position++;
        return literal;
    }

    private Token Peek => tokens[position];

    private bool TryKeyword(string keyword)
    {
        if (Peek.Kind == TokenKind.Word && Peek.Text.Equals(keyword, StringComparison.OrdinalIgnoreCase))
        {
            position++;
            return true;
        }

        return false;
    }

    private Token Expect(TokenKind kind, string what)
    {
        if (Peek.Kind != kind)
        {
            throw Invalid($"expected {what}");
        }

        return tokens[position++];
    }

    private GraphQueryException Invalid(string reason) =>
        new("BadRequest", $"Invalid filter clause: {reason} at position {Peek.Offset} in \"{text}\".");

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or ',')
            {
                tokens.Add(new(c switch { '(' => TokenKind.Open, ')' => TokenKind.Close, _ => TokenKind.Comma }, c.ToString(), i));
                i++;
            }
            else if (c == '\'')
            {
                tokens.Add(ReadString(text, ref i));
            }
            else if (char.IsLetterOrDigit(c) || c is '_' or '@' or '.' or '/' or '-')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '@' or '.' or '/' or '-'))
                {
                    i++;
                }

                tokens.Add(new(TokenKind.Word, text[start..i], start));
            }
            else
            {
                throw new GraphQueryException("BadRequest", $"Invalid filter clause: unexpected '{c}' at position {i} in \"{text}\".");
            }
        }

        tokens.Add(new(TokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    // OData strings are single-quoted; a quote inside is written twice ('O''Brien').
    private static Token ReadString(string text, ref int i)
    {
        var start = i++;
        var value = new StringBuilder();
        while (i < text.Length)
        {
            if (text[i] == '\'')
            {
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    value.Append('\'');
                    i += 2;
                    continue;
                }

                i++;
                return new(TokenKind.String, value.ToString(), start);
            }

            value.Append(text[i++]);
        }

        throw new GraphQueryException("BadRequest", $"Invalid filter clause: unterminated string at position {start} in \"{text}\".");
    }

    private readonly record struct Token(TokenKind Kind, string Text, int Offset);
}

using System.Text;
using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Sandbox.WebApi.OData;

/// <summary>A recursive-descent parser for <see cref="ODataFilter"/>: or binds weaker than and, and than not.</summary>
internal sealed class ODataFilterParser(string text, Func<string, string> resolveField)
{
    private static readonly HashSet<string> Operators = ["eq", "ne", "gt", "ge", "lt", "le"];
    private static readonly HashSet<string> Functions = ["startswith", "endswith", "contains"];

    private readonly List<Token> _tokens = Tokenize(text);
    private int _position;

    private enum Kind
    {
        Word,
        Text,
        Number,
        Symbol,
    }

    public ODataFilter ParseAll()
    {
        var filter = ParseOr();
        return _position == _tokens.Count ? filter : throw Unexpected();
    }

    private ODataFilter ParseOr()
    {
        var left = ParseAnd();
        while (TakeWord("or"))
        {
            left = new ODataFilter.Or(left, ParseAnd());
        }

        return left;
    }

    private ODataFilter ParseAnd()
    {
        var left = ParseUnary();
        while (TakeWord("and"))
        {
            left = new ODataFilter.And(left, ParseUnary());
        }

        return left;
    }

    private ODataFilter ParseUnary()
    {
        if (TakeWord("not"))
        {
            return new ODataFilter.Not(ParseUnary());
        }

        if (TakeSymbol("("))
        {
            var inner = ParseOr();
            Expect(")");
            return inner;
        }

        var word = Next(Kind.Word, "a field name").Text;
        if (Functions.Contains(word.ToLowerInvariant()) && TakeSymbol("("))
        {
            var field = resolveField(Next(Kind.Word, "a field name").Text);
            Expect(",");
            var argument = Next(Kind.Text, "a quoted string").Text;
            Expect(")");
            return new ODataFilter.TextFunction(word.ToLowerInvariant(), field, argument);
        }

        var resolved = resolveField(word);
        var comparison = Next(Kind.Word, "eq, ne, gt, ge, lt or le").Text.ToLowerInvariant();
        if (!Operators.Contains(comparison))
        {
            throw new FormatException($"'{comparison}' is not a comparison; use eq, ne, gt, ge, lt or le.");
        }

        return new ODataFilter.Comparison(resolved, comparison, ParseLiteral());
    }

    private JsonNode? ParseLiteral()
    {
        var token = Next(null, "a value");
        return token.Kind switch
        {
            Kind.Text => JsonValue.Create(token.Text),
            Kind.Number => ODataFilter.ParseNumber(token.Text),
            Kind.Word when token.Text.Equals("true", StringComparison.OrdinalIgnoreCase) => JsonValue.Create(true),
            Kind.Word when token.Text.Equals("false", StringComparison.OrdinalIgnoreCase) => JsonValue.Create(false),
            Kind.Word when token.Text.Equals("null", StringComparison.OrdinalIgnoreCase) => null,
            _ => throw new FormatException($"'{token.Text}' is not a value; quote text as 'text'."),
        };
    }

    private bool TakeWord(string word) => Take(token => token.Kind == Kind.Word && token.Text.Equals(word, StringComparison.OrdinalIgnoreCase));

    private bool TakeSymbol(string symbol) => Take(token => token.Kind == Kind.Symbol && token.Text == symbol);

    private bool Take(Func<Token, bool> accepts)
    {
        if (_position < _tokens.Count && accepts(_tokens[_position]))
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(string symbol)
    {
        if (!TakeSymbol(symbol))
        {
            throw Unexpected($"'{symbol}'");
        }
    }

    private Token Next(Kind? kind, string expected)
    {
        if (_position >= _tokens.Count || (kind is { } wanted && _tokens[_position].Kind != wanted))
        {
            throw Unexpected(expected);
        }

        return _tokens[_position++];
    }

    private FormatException Unexpected(string? expected = null)
    {
        var found = _position < _tokens.Count ? $"'{_tokens[_position].Text}'" : "the end";
        return new FormatException(expected is null ? $"Unexpected {found}." : $"Expected {expected} but found {found}.");
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var index = 0;
        while (index < text.Length)
        {
            var current = text[index];
            if (char.IsWhiteSpace(current))
            {
                index++;
            }
            else if (current is '(' or ')' or ',')
            {
                tokens.Add(new Token(Kind.Symbol, current.ToString()));
                index++;
            }
            else if (current == '\'')
            {
                tokens.Add(new Token(Kind.Text, ReadQuoted(text, ref index)));
            }
            else if (char.IsDigit(current) || (current == '-' && index + 1 < text.Length && char.IsDigit(text[index + 1])))
            {
                tokens.Add(new Token(Kind.Number, ReadWhile(text, ref index, c => char.IsDigit(c) || c is '.' or '-' or 'e' or 'E')));
            }
            else if (char.IsLetter(current) || current == '_')
            {
                tokens.Add(new Token(Kind.Word, ReadWhile(text, ref index, c => char.IsLetterOrDigit(c) || c == '_')));
            }
            else
            {
                throw new FormatException($"Unexpected character '{current}' at position {index}.");
            }
        }

        return tokens;
    }

    private static string ReadQuoted(string text, ref int index)
    {
        var value = new StringBuilder();
        for (index++; index < text.Length; index++)
        {
            if (text[index] != '\'')
            {
                value.Append(text[index]);
            }
            else if (index + 1 < text.Length && text[index + 1] == '\'')
            {
                value.Append('\'');
                index++;
            }
            else
            {
                index++;
                return value.ToString();
            }
        }

        throw new FormatException("A quoted string is not closed.");
    }

    private static string ReadWhile(string text, ref int index, Func<char, bool> accepts)
    {
        var start = index;
        while (index < text.Length && accepts(text[index]))
        {
            index++;
        }

        return text[start..index];
    }

    private readonly record struct Token(Kind Kind, string Text);
}

using System.Globalization;
using System.Text.Json;

namespace SuperOfficeProvisioning.Sandbox.Scim.Filtering;

/// <summary>
/// Splits filter text into tokens. Words run until whitespace, a parenthesis, a bracket or a quote, so attribute
/// paths with schema URNs (<c>urn:…:2.0:User:department</c>) stay one word. String literals are JSON strings.
/// </summary>
internal static class FilterLexer
{
    public static List<FilterToken> Tokenize(string text)
    {
        var tokens = new List<FilterToken>();
        var position = 0;
        while (position < text.Length)
        {
            var current = text[position];
            if (char.IsWhiteSpace(current))
            {
                position++;
                continue;
            }

            switch (current)
            {
                case '(':
                    tokens.Add(new FilterToken(FilterTokenKind.OpenParenthesis, "(", position++));
                    break;
                case ')':
                    tokens.Add(new FilterToken(FilterTokenKind.CloseParenthesis, ")", position++));
                    break;
                case '[':
                    tokens.Add(new FilterToken(FilterTokenKind.OpenBracket, "[", position++));
                    break;
                case ']':
                    tokens.Add(new FilterToken(FilterTokenKind.CloseBracket, "]", position++));
                    break;
                case '"':
                    tokens.Add(ReadString(text, ref position));
                    break;
                default:
                    tokens.Add(ReadWordOrNumber(text, ref position));
                    break;
            }
        }

        tokens.Add(new FilterToken(FilterTokenKind.End, "", text.Length));
        return tokens;
    }

    private static FilterToken ReadString(string text, ref int position)
    {
        var start = position;
        var index = position + 1;
        while (index < text.Length && text[index] != '"')
        {
            // A backslash escapes the next character, so \" and \\ never end the literal early.
            index += text[index] == '\\' ? 2 : 1;
        }

        if (index >= text.Length)
        {
            throw new FilterSyntaxException($"The string starting at position {start} is not closed.", start);
        }

        position = index + 1;
        var literal = text[start..position];
        try
        {
            var value = JsonSerializer.Deserialize<string>(literal)!;
            return new FilterToken(FilterTokenKind.String, literal, start, value);
        }
        catch (JsonException)
        {
            throw new FilterSyntaxException($"The string {literal} at position {start} is not a valid JSON string.", start);
        }
    }

    private static FilterToken ReadWordOrNumber(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && !char.IsWhiteSpace(text[position]) && "()[]\"".IndexOf(text[position]) < 0)
        {
            position++;
        }

        var word = text[start..position];
        if (char.IsAsciiDigit(word[0]) || word[0] == '-')
        {
            if (!decimal.TryParse(word, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                    CultureInfo.InvariantCulture, out var number))
            {
                throw new FilterSyntaxException($"'{word}' at position {start} is not a number.", start);
            }

            return new FilterToken(FilterTokenKind.Number, word, start, number);
        }

        return new FilterToken(FilterTokenKind.Word, word, start);
    }
}

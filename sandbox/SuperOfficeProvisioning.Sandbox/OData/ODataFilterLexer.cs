using System.Text;

namespace SuperOfficeProvisioning.Sandbox.OData;

/// <summary>
/// Splits a filter into tokens, ending with an End token. Words are names (a letter or '_', then letters, digits,
/// '_', and '/' or '.' for paths) and keywords; numbers start with a digit or '-' and a digit; strings are
/// single-quoted, a quote inside written twice (<c>'O''Brien'</c>).
/// </summary>
internal static class ODataFilterLexer
{
    public static List<ODataFilterToken> Tokenize(string text)
    {
        var tokens = new List<ODataFilterToken>();
        var index = 0;
        while (index < text.Length)
        {
            var current = text[index];
            var start = index;
            if (char.IsWhiteSpace(current))
            {
                index++;
            }
            else if (Symbol(current) is { } symbol)
            {
                tokens.Add(new ODataFilterToken(symbol, current.ToString(), start));
                index++;
            }
            else if (current == '\'')
            {
                tokens.Add(new ODataFilterToken(ODataFilterTokenKind.String, ReadQuoted(text, ref index), start));
            }
            else if (char.IsDigit(current) || (current == '-' && index + 1 < text.Length && char.IsDigit(text[index + 1])))
            {
                var number = ReadWhile(text, ref index, c => char.IsDigit(c) || c is '.' or '-' or 'e' or 'E');
                tokens.Add(new ODataFilterToken(ODataFilterTokenKind.Number, number, start));
            }
            else if (char.IsLetter(current) || current == '_')
            {
                var word = ReadWhile(text, ref index, c => char.IsLetterOrDigit(c) || c is '_' or '/' or '.');
                tokens.Add(new ODataFilterToken(ODataFilterTokenKind.Word, word, start));
            }
            else
            {
                throw new ODataFilterSyntaxException(
                    ODataFilterSyntaxError.UnexpectedCharacter, index, current.ToString(), null, $"Unexpected character '{current}' at position {index}.");
            }
        }

        tokens.Add(new ODataFilterToken(ODataFilterTokenKind.End, "", text.Length));
        return tokens;
    }

    private static ODataFilterTokenKind? Symbol(char character) => character switch
    {
        '(' => ODataFilterTokenKind.Open,
        ')' => ODataFilterTokenKind.Close,
        ',' => ODataFilterTokenKind.Comma,
        _ => null,
    };

    private static string ReadQuoted(string text, ref int index)
    {
        var start = index;
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

        throw new ODataFilterSyntaxException(
            ODataFilterSyntaxError.UnclosedString, start, value.ToString(), null, $"The string at position {start} is not closed.");
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
}

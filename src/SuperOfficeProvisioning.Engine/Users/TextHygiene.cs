using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Users;

/// <summary>
/// The Unicode rules for names: text is normalised to NFC, so that a decomposed é and a composed one name the
/// same user or group; characters that cannot be seen (bidirectional controls, zero-width characters, byte order
/// marks) are refused in identifiers, where they would make a second account or group that looks like the first;
/// lone surrogates are refused everywhere, since they cannot be sent as UTF-8 and would arrive as U+FFFD; and a
/// word that mixes Latin, Greek and Cyrillic letters (a Cyrillic U+0430 in place of the Latin a of "admin") is
/// reported as a look-alike.
/// </summary>
/// <remarks>
/// Personal names (given name, display name, ...) may keep U+200C/U+200D and U+200E/U+200F: Persian, Indic
/// scripts and emoji sequences need them, and they do not identify anyone.
/// </remarks>
public static class TextHygiene
{
    public const string InvalidCharactersErrorId = "InvalidCharacters";
    public const string ConfusableCharactersWarningId = "ConfusableCharacters";

    private enum Script
    {
        None,
        Latin,
        Greek,
        Cyrillic,
    }

    /// <summary>The first character that has no place in the text, described for a message; null when there is none.</summary>
    /// <param name="identifier">True for names that identify a user or group (user name, e-mail, group name).</param>
    public static string? FindRefusedCharacter(string text, bool identifier)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return $"{CodePoint(c)} (half of a surrogate pair, without its other half)";
            }

            var kind = identifier ? InvisibleKind(c) : null;
            if (kind is not null)
            {
                return $"{CodePoint(c)} ({kind})";
            }
        }

        return null;
    }

    /// <summary>The text in Unicode normalisation form C.</summary>
    public static string Normalize(string text) =>
        text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>The text with every character a message should not print (invisible, control, lone surrogate) as &lt;U+XXXX&gt;.</summary>
    public static string Visible(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || char.IsControl(c) || InvisibleKind(c) is not null)
            {
                result.Append('<').Append(CodePoint(c)).Append('>');
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// Says which words of the text mix scripts whose letters look alike, e.g. "'admin' mixes Cyrillic and Latin
    /// letters (Cyrillic U+0430)"; null when none does.
    /// </summary>
    public static string? DescribeMixedScripts(string text)
    {
        if (IsAscii(text))
        {
            return null; // every ASCII letter is Latin: the common case costs one pass
        }

        var findings = Words(text).Select(DescribeMixedWord).Where(d => d is not null).ToList();
        return findings.Count == 0 ? null : string.Join("; ", findings);
    }

    /// <summary>
    /// Checks a group name (New-SoUser -Group, Sync-SoGroup -GroupName) and returns it in NFC.
    /// </summary>
    /// <param name="warning">A look-alike warning, carrying <see cref="ConfusableCharactersWarningId"/>; null when there is none.</param>
    /// <exception cref="SoException"><see cref="InvalidCharactersErrorId"/> when the name holds a character that cannot be seen.</exception>
    public static string CheckGroupName(string name, out string? warning)
    {
        var trimmed = name.Trim();
        var refused = trimmed.Any(char.IsControl)
            ? CodePoint(trimmed.First(char.IsControl)) + " (a control character)"
            : FindRefusedCharacter(trimmed, identifier: true);
        if (refused is not null)
        {
            throw new SoException(
                InvalidCharactersErrorId,
                SoErrorKind.InvalidInput,
                $"Group name '{Visible(trimmed)}' contains {refused}, which would make a group that looks like another; remove it.")
            {
                Target = name,
            };
        }

        var normalized = Normalize(trimmed);
        var mixed = DescribeMixedScripts(normalized);
        warning = mixed is null ? null : $"Group name '{normalized}': {mixed}, so it can pass for another group's name; it is used as given. ({ConfusableCharactersWarningId})";
        return normalized;
    }

    /// <summary>The look-alike warning for a user name (its local part and domain), or null.</summary>
    public static string? UserNameWarning(string recordLabel, string userName)
    {
        if (IsAscii(userName))
        {
            return null;
        }

        var at = userName.LastIndexOf('@');
        var parts = at < 0
            ? new[] { ("user name", userName) }
            : new[] { ("local part", userName.Substring(0, at)), ("domain", userName.Substring(at + 1)) };
        var findings = parts
            .Select(p => (p.Item1, Text: DescribeMixedScripts(p.Item2)))
            .Where(p => p.Text is not null)
            .Select(p => $"its {p.Item1}: {p.Text}")
            .ToList();
        return findings.Count == 0
            ? null
            : $"User {recordLabel}: UserName mixes scripts in {string.Join("; in ", findings)}, so it can pass for another user's name; the user is processed as given. ({ConfusableCharactersWarningId})";
    }

    private static string? InvisibleKind(char c)
    {
        switch (c)
        {
            case >= '\u202A' and <= '\u202E':
            case >= '\u2066' and <= '\u2069':
            case '\u200E':
            case '\u200F':
            case '\u061C':
                return "a bidirectional control";
            case >= '\u200B' and <= '\u200D':
            case '\u2060':
                return "a zero-width character";
            case '\uFEFF':
                return "a byte order mark";
            default:
                return null;
        }
    }

    /// <summary>Runs of letters (with their combining marks): a script is judged per word, so "Sales Россия" is fine.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetter(text[i]) || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text.Substring(start, i - start);
                start = -1;
            }
        }
    }

    private static string? DescribeMixedWord(string word)
    {
        var letters = word.Where(char.IsLetter).Select(c => (Char: c, Script: ScriptOf(c))).Where(l => l.Script != Script.None).ToList();
        var scripts = letters.GroupBy(l => l.Script).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).ToList();
        if (scripts.Count < 2)
        {
            return null;
        }

        var minority = scripts.Skip(1).SelectMany(g => g.Select(l => $"{g.Key} {CodePoint(l.Char)}")).Distinct().Take(5);
        return $"'{word}' mixes {string.Join(" and ", scripts.Select(g => g.Key))} letters ({string.Join(", ", minority)})";
    }

    private static Script ScriptOf(char c) => c switch
    {
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' => Script.Latin,
        >= '\u00C0' and <= '\u02AF' => Script.Latin, // Latin-1 letters, Latin Extended-A/B, IPA
        >= '\u1E00' and <= '\u1EFF' or >= '\u2C60' and <= '\u2C7F' or >= '\uA720' and <= '\uA7FF' or >= '\uAB30' and <= '\uAB6F' => Script.Latin,
        >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' => Script.Latin,
        >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => Script.Greek,
        >= '\u0400' and <= '\u052F' or >= '\u1C80' and <= '\u1C8F' or >= '\u2DE0' and <= '\u2DFF' or >= '\uA640' and <= '\uA69F' => Script.Cyrillic,
        _ => Script.None,
    };

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F')
            {
                return false;
            }
        }

        return true;
    }

    private static string CodePoint(char c) => $"U+{(int)c:X4}";
}

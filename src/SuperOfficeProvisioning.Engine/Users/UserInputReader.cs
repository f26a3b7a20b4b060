using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Users;

/// <summary>
/// Turns one input record (field name → raw value, from parameters, Get-MgUser objects, directory objects or
/// CSV rows) into a validated <see cref="UserDraft"/>, or one error naming the record and every bad field.
/// </summary>
public static class UserInputReader
{
    private static readonly Regex UserNamePattern = new Regex(@"^[^\s@]+@[^\s@]+\.[^\s@]+$", RegexOptions.CultureInvariant);
    private static readonly Regex EmailPattern = new Regex(@"^[^\s@]+@[^\s@]+\.[^\s@]+$", RegexOptions.CultureInvariant);
    private static readonly Regex LanguagePattern = new Regex(@"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant);

    /// <param name="values">Raw values keyed by <see cref="UserField.Name"/>; absent keys were not given.</param>
    /// <param name="position">1-based position of the record in the input, used when it has no name.</param>
    /// <param name="requireUserName">New-SoUser needs a user name; Set/Remove can find users by external id.</param>
    public static UserDraft Read(IReadOnlyDictionary<string, object?> values, int position, object? source, bool requireUserName)
    {
        var draft = new UserDraft { Source = source };
        var problems = new List<(string ErrorId, string Text)>();

        draft.UserName = Text(values, UserField.UserName, problems) ?? string.Empty;
        var userNameRefused = problems.Count > 0;
        var refusedUserName = userNameRefused ? RefusedUserNameLabel(values) : null;
        draft.ExternalId = Text(values, UserField.ExternalId, problems);
        draft.Position = position;

        // A user name refused already (too long, a control character, not text) needs no second complaint.
        if (!userNameRefused && draft.UserName.Length == 0)
        {
            if (requireUserName || string.IsNullOrEmpty(draft.ExternalId))
            {
                problems.Insert(0, ("UserNameMissing", "UserName is missing (bind UserPrincipalName, or pass -UserName)"));
            }
        }
        else if (!userNameRefused && !UserNamePattern.IsMatch(draft.UserName))
        {
            problems.Insert(0, ("UserNameInvalid", $"UserName '{draft.UserName}' is not of the form name@domain"));
        }
        else if (!userNameRefused && draft.UserName.Length > 0)
        {
            draft.Warning = TextHygiene.UserNameWarning(draft.RecordLabel, draft.UserName);
        }

        foreach (var field in UserField.All.Where(f => f != UserField.UserName && f != UserField.ExternalId))
        {
            switch (field.Kind)
            {
                case UserFieldKind.Boolean:
                    draft.Enabled = Boolean(values, field, problems);
                    break;
                case UserFieldKind.PhoneList:
                    draft[field] = FirstPhone(values, field, problems);
                    break;
                default:
                    draft[field] = Checked(field, Text(values, field, problems), problems);
                    break;
            }
        }

        foreach (var field in UserField.All.Where(f => values.ContainsKey(f.Name)))
        {
            draft.MarkGiven(field);
        }

        if (problems.Count > 0)
        {
            throw new SoException(
                problems[0].ErrorId,
                SoErrorKind.InvalidInput,
                $"User {refusedUserName ?? draft.RecordLabel}: {string.Join("; ", problems.Select(p => p.Text))}. Nothing was sent for this user.")
            {
                Target = source,
            };
        }

        return draft;
    }

    /// <summary>The value, or null after a problem with its form (an e-mail address, a language tag).</summary>
    private static string? Checked(UserField field, string? value, List<(string, string)> problems)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        switch (field.Kind)
        {
            case UserFieldKind.Email when !EmailPattern.IsMatch(value):
                problems.Add(("InvalidValue", $"{field.Name} '{value}' is not an e-mail address"));
                return null;
            case UserFieldKind.Language when !LanguagePattern.IsMatch(value):
                problems.Add(("InvalidValue", $"{field.Name} '{value}' is not a language tag such as en-US"));
                return null;
            default:
                return value;
        }
    }

    private static string? Text(IReadOnlyDictionary<string, object?> values, UserField field, List<(string, string)> problems)
    {
        if (!values.TryGetValue(field.Name, out var raw) || raw is null)
        {
            return null;
        }

        if (!TryScalarText(raw, out var text))
        {
            problems.Add(("WrongType", $"{field.Name} must be text, not {Describe(raw)}"));
            return null;
        }

        return CheckText(field, text.Trim(), problems);
    }

    private static string? CheckText(UserField field, string text, List<(string, string)> problems)
    {
        if (text.Any(char.IsControl))
        {
            problems.Add(("ControlCharacters", $"{field.Name} contains the control character U+{(int)text.First(char.IsControl):X4}"));
            return null;
        }

        var refused = TextHygiene.FindRefusedCharacter(text, IsIdentifier(field));
        if (refused is not null)
        {
            problems.Add((TextHygiene.InvalidCharactersErrorId, $"{field.Name} contains {refused}, which cannot be seen or sent as it is"));
            return null;
        }

        text = TextHygiene.Normalize(text);
        if (text.Length > field.MaxLength)
        {
            problems.Add(("ValueTooLong", $"{field.Name} is {text.Length} characters long; at most {field.MaxLength} are allowed"));
            return null;
        }

        return text;
    }

    /// <summary>Fields that tell one user from another: an invisible character there makes a look-alike account.</summary>
    private static bool IsIdentifier(UserField field) => field.Kind is UserFieldKind.Identifier or UserFieldKind.Email;

    /// <summary>
    /// A user name refused for its characters still names the record best, shown with the offending characters
    /// spelled out (a raw U+202E would turn the message around); one refused for its length or type does not.
    /// </summary>
    private static string? RefusedUserNameLabel(IReadOnlyDictionary<string, object?> values) =>
        values.TryGetValue(UserField.UserName.Name, out var raw) && raw is string text && text.Trim().Length <= UserField.UserName.MaxLength
            ? $"'{TextHygiene.Visible(text.Trim())}'"
            : null;

    private static string? FirstPhone(IReadOnlyDictionary<string, object?> values, UserField field, List<(string, string)> problems)
    {
        if (!values.TryGetValue(field.Name, out var raw) || raw is null)
        {
            return null;
        }

        if (raw is string joined && joined.IndexOf(';') >= 0)
        {
            // A list as a CSV cell holds it (SoValueList's text): the first phone is the work phone.
            var first = joined.Split(';')[0].Trim();
            return first.Length == 0 ? null : CheckText(field, first, problems);
        }

        if (raw is string || !(raw is IEnumerable list))
        {
            return Text(values, field, problems);
        }

        foreach (var item in list)
        {
            if (item is null)
            {
                continue;
            }

            if (!TryScalarText(item, out var phone))
            {
                problems.Add(("WrongType", $"{field.Name} must be text or a list of text, not a list holding {Describe(item)}"));
                return null;
            }

            if (phone.Trim().Length > 0)
            {
                return CheckText(field, phone.Trim(), problems);
            }
        }

        return string.Empty;
    }

    private static bool? Boolean(IReadOnlyDictionary<string, object?> values, UserField field, List<(string, string)> problems)
    {
        if (!values.TryGetValue(field.Name, out var raw) || raw is null)
        {
            return null;
        }

        switch (raw)
        {
            case bool b:
                return b;
            case int i when i == 0 || i == 1:
                return i == 1;
            case string s:
                switch (s.Trim().ToLowerInvariant())
                {
                    case "true": case "1": case "yes": return true;
                    case "false": case "0": case "no": return false;
                }

                problems.Add(("InvalidValue", $"{field.Name} '{s}' is neither true nor false"));
                return null;
            default:
                problems.Add(("WrongType", $"{field.Name} must be true or false, not {Describe(raw)}"));
                return null;
        }
    }

    private static bool TryScalarText(object raw, out string text)
    {
        switch (raw)
        {
            case string s:
                text = s;
                return true;
            case char _:
            case Guid _:
            case int _:
            case long _:
            case decimal _:
            case double _:
                text = Convert.ToString(raw, CultureInfo.InvariantCulture)!;
                return true;
            default:
                text = string.Empty;
                return false;
        }
    }

    private static string Describe(object value) => value switch
    {
        IDictionary _ => "a hashtable",
        IEnumerable _ => "a list",
        bool _ => "a boolean",
        _ => "a " + value.GetType().Name,
    };
}

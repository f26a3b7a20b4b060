using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>
/// Reads typed values out of a manifest's JSON, collecting a problem (with its JSON path) for every value that is
/// missing, of the wrong type or out of range, instead of stopping at the first.
/// </summary>
internal sealed class ManifestReader
{
    public const int MaxNameLength = 254;

    private readonly List<ManifestProblem> _problems = new List<ManifestProblem>();

    public ManifestReader(ManifestTokens tokens) => Tokens = tokens;

    public ManifestTokens Tokens { get; }

    public IReadOnlyList<ManifestProblem> Problems => _problems;

    public static string PathOf(JToken token) => token.Path.Length == 0 ? "$" : "$." + token.Path;

    public static string PathOf(JObject parent, string property) =>
        parent.Path.Length == 0 ? "$." + property : "$." + parent.Path + "." + property;

    public void Problem(string path, string message) => _problems.Add(new ManifestProblem(path, message));

    /// <summary>Reports properties the schema does not know (a misspelt name would otherwise be ignored silently).</summary>
    public void RejectUnknown(JObject value, IEnumerable<string> known)
    {
        var allowed = new HashSet<string>(known, StringComparer.Ordinal);
        foreach (var property in value.Properties().Where(p => !allowed.Contains(p.Name)))
        {
            var hint = allowed.FirstOrDefault(name => string.Equals(name, property.Name, StringComparison.OrdinalIgnoreCase));
            Problem(PathOf(property.Value), hint is null
                ? $"unknown property '{property.Name}'; allowed here: {string.Join(", ", allowed.OrderBy(n => n, StringComparer.Ordinal))}."
                : $"unknown property '{property.Name}'; did you mean '{hint}'?");
        }
    }

    public JObject? Object(JToken? value, string path, bool required)
    {
        if (value is null || value.Type == JTokenType.Null)
        {
            if (required)
            {
                Problem(path, "is required.");
            }

            return null;
        }

        if (value is JObject result)
        {
            return result;
        }

        Problem(path, $"must be an object, not {Describe(value)}.");
        return null;
    }

    public IEnumerable<JObject> Objects(JObject parent, string name)
    {
        var value = parent[name];
        if (value is null || value.Type == JTokenType.Null)
        {
            yield break;
        }

        if (!(value is JArray array))
        {
            Problem(PathOf(value), $"must be an array, not {Describe(value)}.");
            yield break;
        }

        foreach (var element in array)
        {
            if (element is JObject item)
            {
                yield return item;
            }
            else
            {
                Problem(PathOf(element), $"must be an object, not {Describe(element)}.");
            }
        }
    }

    /// <summary>A string with its tokens resolved; null (and a problem) when it is missing but required or malformed.</summary>
    public string? String(JObject parent, string name, bool required, int maxLength = MaxNameLength, Regex? pattern = null, string? patternHint = null)
    {
        var value = parent[name];
        var path = PathOf(parent, name);
        if (value is null || value.Type == JTokenType.Null)
        {
            if (required)
            {
                Problem(path, "is required.");
            }

            return null;
        }

        if (value.Type != JTokenType.String)
        {
            Problem(path, $"must be a string, not {Describe(value)}.");
            return null;
        }

        var resolved = Tokens.Resolve((string)value!, path, this);
        if (resolved is null)
        {
            return null;
        }

        if (required && resolved.Trim().Length == 0)
        {
            Problem(path, "must not be empty.");
            return null;
        }

        if (resolved.Length > maxLength)
        {
            Problem(path, $"is {resolved.Length} characters long; at most {maxLength} are allowed.");
            return null;
        }

        if (pattern is not null && !pattern.IsMatch(resolved))
        {
            Problem(path, $"'{resolved}' {patternHint ?? "has the wrong form"}.");
            return null;
        }

        if (resolved.Any(char.IsControl))
        {
            Problem(path, "must not contain control characters.");
            return null;
        }

        return resolved;
    }

    public int? Integer(JObject parent, string name, int minimum = 0, int maximum = int.MaxValue)
    {
        var value = parent[name];
        if (value is null || value.Type == JTokenType.Null)
        {
            return null;
        }

        var path = PathOf(parent, name);
        if (value.Type != JTokenType.Integer)
        {
            Problem(path, $"must be a whole number, not {Describe(value)}.");
            return null;
        }

        var number = (long)value;
        if (number < minimum || number > maximum)
        {
            Problem(path, $"must be between {minimum} and {maximum}, not {number}.");
            return null;
        }

        return (int)number;
    }

    public bool? Boolean(JObject parent, string name)
    {
        var value = parent[name];
        if (value is null || value.Type == JTokenType.Null)
        {
            return null;
        }

        if (value.Type != JTokenType.Boolean)
        {
            Problem(PathOf(parent, name), $"must be true or false, not {Describe(value)}.");
            return null;
        }

        return (bool)value;
    }

    /// <summary>An array of distinct, non-empty strings (user group names); null when absent.</summary>
    public IReadOnlyList<string>? Names(JObject parent, string name)
    {
        var value = parent[name];
        if (value is null || value.Type == JTokenType.Null)
        {
            return null;
        }

        if (!(value is JArray array))
        {
            Problem(PathOf(value), $"must be an array of names, not {Describe(value)}.");
            return null;
        }

        var names = new List<string>();
        foreach (var element in array)
        {
            var path = PathOf(element);
            if (element.Type != JTokenType.String || ((string)element!).Trim().Length == 0)
            {
                Problem(path, $"must be a non-empty name, not {Describe(element)}.");
                continue;
            }

            var resolved = Tokens.Resolve((string)element!, path, this);
            if (resolved is null)
            {
                continue;
            }

            if (names.Contains(resolved, StringComparer.OrdinalIgnoreCase))
            {
                Problem(path, $"'{resolved}' is listed twice.");
                continue;
            }

            names.Add(resolved);
        }

        return names;
    }

    public static string Describe(JToken value) => value.Type switch
    {
        JTokenType.String => $"the text '{Shorten((string)value!)}'",
        JTokenType.Integer => $"the number {value}",
        JTokenType.Float => $"the number {value}",
        JTokenType.Boolean => $"{((bool)value ? "true" : "false")}",
        JTokenType.Array => "an array",
        JTokenType.Object => "an object",
        JTokenType.Null => "null",
        _ => value.Type.ToString().ToLowerInvariant(),
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";
}

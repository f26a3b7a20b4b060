using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>
/// The tokens a manifest's strings may hold: <c>{param:Name}</c> (a parameter's value), <c>{ctx}</c> (the tenant's
/// context identifier), and <c>{{</c> / <c>}}</c> for literal braces.
/// </summary>
internal sealed class ManifestTokens
{
    private static readonly Regex Token = new Regex(@"\{\{|\}\}|\{([^{}]*)\}", RegexOptions.CultureInvariant);
    private readonly IReadOnlyDictionary<string, string> _parameters;
    private readonly ICollection<string> _declared;
    private readonly string _contextIdentifier;

    /// <param name="parameters">The parameters that have a value.</param>
    /// <param name="declared">Every parameter the manifest declares (one without a value is reported where it is declared).</param>
    public ManifestTokens(IReadOnlyDictionary<string, string> parameters, ICollection<string> declared, string contextIdentifier)
    {
        _parameters = parameters;
        _declared = declared;
        _contextIdentifier = contextIdentifier;
    }

    /// <summary>The text with every token replaced; null (and a problem at <paramref name="path"/>) when a token is unknown.</summary>
    public string? Resolve(string text, string path, ManifestReader reader)
    {
        var failed = false;
        var resolved = Token.Replace(text, match =>
        {
            if (match.Value == "{{")
            {
                return "{";
            }

            if (match.Value == "}}")
            {
                return "}";
            }

            var name = match.Groups[1].Value.Trim();
            if (string.Equals(name, "ctx", StringComparison.Ordinal))
            {
                return _contextIdentifier;
            }

            if (name.StartsWith("param:", StringComparison.Ordinal))
            {
                var parameter = name.Substring("param:".Length).Trim();
                if (_parameters.TryGetValue(parameter, out var value))
                {
                    return value;
                }

                if (!_declared.Contains(parameter))
                {
                    reader.Problem(path, $"refers to the parameter '{parameter}', which $.parameters does not declare.");
                }

                failed = true;
                return match.Value;
            }

            reader.Problem(path, $"holds the unknown token '{match.Value}'; use {{param:Name}} or {{ctx}}, and {{{{ for a literal brace.");
            failed = true;
            return match.Value;
        });
        return failed ? null : resolved;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace SuperOfficeProvisioning.Engine.Http;

/// <summary>
/// Keeps credentials out of traces and messages: header values, query parameters that carry secrets, and the
/// user name and password a URL may hold before its host.
/// </summary>
public static class Redaction
{
    private static readonly char[] AuthorityEnd = { '/', '?', '#' };

    public const string Mask = "***";

    private static readonly HashSet<string> SecretHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "SO-AppToken", "Cookie", "Set-Cookie", "X-Sandbox-Admin-Key",
    };

    private static readonly HashSet<string> SecretParameters = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "code", "access_token", "refresh_token", "id_token", "client_secret", "token", "password",
        "code_verifier", "assertion", "ticket", "client_assertion", "state", "nonce",
    };

    public static bool IsSecretHeader(string name) => SecretHeaders.Contains(name);

    public static string HeaderValue(string name, IEnumerable<string> values)
    {
        if (!IsSecretHeader(name))
        {
            return string.Join(", ", values);
        }

        // Keep the scheme (Bearer, SOTicket) so a trace still shows which kind of credential was sent.
        var first = values.FirstOrDefault() ?? string.Empty;
        var space = first.IndexOf(' ');
        return space > 0 && name.EndsWith("Authorization", StringComparison.OrdinalIgnoreCase)
            ? first.Substring(0, space) + " " + Mask
            : Mask;
    }

    /// <summary>
    /// The URL as it may be shown: userinfo masked, secret query parameters masked, the fragment (never sent to
    /// a server, but where implicit flows put tokens) left out.
    /// </summary>
    public static string Url(Uri? uri)
    {
        if (uri is null)
        {
            return string.Empty;
        }

        // Text like "svc:pw@host/scim" parses as a URL of scheme "svc" with no host: mask it as text.
        if (!uri.IsAbsoluteUri || uri.Host.Length == 0)
        {
            return MaskUserInfo(uri.OriginalString);
        }

        var shown = uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
        if (uri.UserInfo.Length > 0)
        {
            shown = shown.Insert(uri.Scheme.Length + Uri.SchemeDelimiter.Length, Mask + "@");
        }

        if (string.IsNullOrEmpty(uri.Query))
        {
            return shown;
        }

        var parts = uri.Query.TrimStart('?').Split('&').Select(part =>
        {
            var equals = part.IndexOf('=');
            var name = equals < 0 ? part : part.Substring(0, equals);
            return equals >= 0 && SecretParameters.Contains(Uri.UnescapeDataString(name)) ? name + "=" + Mask : part;
        });
        return shown + "?" + string.Join("&", parts);
    }

    /// <summary>Masks what sits between "://" and an "@" before the first path character, in text that may not parse as a URL.</summary>
    private static string MaskUserInfo(string text)
    {
        var start = text.IndexOf(Uri.SchemeDelimiter, StringComparison.Ordinal);
        start = start < 0 ? 0 : start + Uri.SchemeDelimiter.Length;
        var end = text.IndexOfAny(AuthorityEnd, start);
        end = end < 0 ? text.Length : end;
        var at = end > start ? text.LastIndexOf('@', end - 1, end - start) : -1;
        return at < 0 ? text : text.Substring(0, start) + Mask + text.Substring(at);
    }
}

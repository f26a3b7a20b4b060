using System;
using System.Collections.Generic;
using System.Linq;

namespace SuperOfficeProvisioning.Engine.Http;

/// <summary>Keeps credentials out of traces: header values and query parameters that carry secrets.</summary>
public static class Redaction
{
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

    public static string Url(Uri? uri)
    {
        if (uri is null)
        {
            return string.Empty;
        }

        if (string.IsNullOrEmpty(uri.Query))
        {
            return uri.AbsoluteUri;
        }

        var parts = uri.Query.TrimStart('?').Split('&').Select(part =>
        {
            var equals = part.IndexOf('=');
            var name = equals < 0 ? part : part.Substring(0, equals);
            return equals >= 0 && SecretParameters.Contains(Uri.UnescapeDataString(name)) ? name + "=" + Mask : part;
        });
        return uri.GetLeftPart(UriPartial.Path) + "?" + string.Join("&", parts);
    }
}

using System;
using System.Linq;
using System.Net;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>What a manifest may not ask for, whatever its syntax: a prefix that is not the app's to take, a URL a panel must not open.</summary>
internal static class ManifestRules
{
    /// <summary>
    /// First segments of a ProgId that belong to SuperOffice or to the tenant itself. SuperOffice's docs reserve no
    /// names in writing, so this is the project's list: SuperOffice's own product names and the words a tenant's
    /// administrators use for their own panels.
    /// </summary>
    public static readonly string[] ReservedPrefixes = { "SuperOffice", "SO", "SOProtocol", "SuperId", "NetServer", "CRM", "Tenant", "System" };

    /// <summary>The reserved word <paramref name="prefix"/> starts with, or null when it is the app's to use.</summary>
    public static string? ReservedWordOf(string prefix)
    {
        var first = prefix.Split('.')[0];
        return ReservedPrefixes.FirstOrDefault(word => string.Equals(word, first, StringComparison.OrdinalIgnoreCase))
            ?? (first.StartsWith("SuperOffice", StringComparison.OrdinalIgnoreCase) ? "SuperOffice" : null);
    }

    /// <summary>
    /// Null when a web panel may open <paramref name="url"/> (https, http to this machine, or a soprotocol: link inside
    /// SuperOffice); otherwise why not. javascript:, data: and every other scheme would run or show content the
    /// tenant's users never chose.
    /// </summary>
    public static string? RefusePanelUrl(string url)
    {
        // On Unix, .NET reads "/path" as a file URL: a scheme must be written out.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.IsFile && !url.StartsWith("file:", StringComparison.OrdinalIgnoreCase)))
        {
            return $"'{url}' is not an absolute URL (after its tokens were resolved).";
        }

        switch (uri.Scheme.ToLowerInvariant())
        {
            case "https":
            case "soprotocol":
                return null;
            case "http" when IsLoopback(uri):
                return null;
            case "http":
                return $"'{url}' is plain http to another machine; use https (http is allowed only to this machine, for development).";
            default:
                return $"'{url}' uses the scheme '{uri.Scheme}:'; a web panel URL must be https, http to this machine, or soprotocol:.";
        }
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
}

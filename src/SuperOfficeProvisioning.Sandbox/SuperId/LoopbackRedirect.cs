using System.Net;

namespace SuperOfficeProvisioning.Sandbox.SuperId;

/// <summary>
/// The redirect URIs a native app may use (RFC 8252 section 7.3): http on the loopback interface, any port and path.
/// </summary>
internal static class LoopbackRedirect
{
    public static bool TryParse(string? value, out Uri redirectUri)
    {
        redirectUri = null!;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var candidate) ||
            candidate.Scheme != Uri.UriSchemeHttp ||
            !string.IsNullOrEmpty(candidate.Fragment))
        {
            return false;
        }

        var isLoopback = candidate.IsLoopback ||
                         (IPAddress.TryParse(candidate.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
        if (!isLoopback)
        {
            return false;
        }

        redirectUri = candidate;
        return true;
    }
}

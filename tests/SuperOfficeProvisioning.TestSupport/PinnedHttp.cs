using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SuperOfficeProvisioning.TestSupport;

/// <summary>
/// HTTP clients that trust exactly one server certificate, the sandbox's self-signed one, by its SHA-256 thumbprint
/// (SandboxDetails.CertificateThumbprint): never any certificate at all, and not the machine's trusted roots either.
/// </summary>
public static class PinnedHttp
{
    /// <summary>A handler for one sandbox; <paramref name="followRedirects"/> false to see a redirect as it is.</summary>
    public static HttpMessageHandler Handler(string sha256Thumbprint, bool followRedirects = true)
    {
        var pin = Normalise(sha256Thumbprint);
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = followRedirects,
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) => Matches(certificate, pin),
            },
        };
    }

    /// <summary>A client for one sandbox, owning its handler.</summary>
    public static HttpClient Client(string sha256Thumbprint, Uri? baseAddress = null, TimeSpan? timeout = null, bool followRedirects = true)
    {
        var client = new HttpClient(Handler(sha256Thumbprint, followRedirects), disposeHandler: true);
        if (baseAddress is not null)
        {
            client.BaseAddress = baseAddress;
        }

        if (timeout is not null)
        {
            client.Timeout = timeout.Value;
        }

        return client;
    }

    /// <summary>Whether this is the certificate with that SHA-256 thumbprint (hex, either case).</summary>
    public static bool Matches(X509Certificate? certificate, string sha256Thumbprint) =>
        certificate is not null
        && string.Equals(Convert.ToHexString(SHA256.HashData(certificate.GetRawCertData())), sha256Thumbprint, StringComparison.OrdinalIgnoreCase);

    // A SHA-1 thumbprint or an empty string would only make every request fail on the handshake, far from the mistake.
    private static string Normalise(string sha256Thumbprint)
    {
        if (sha256Thumbprint is null || sha256Thumbprint.Length != 64 || !sha256Thumbprint.All(Uri.IsHexDigit))
        {
            throw new ArgumentException("A certificate pin is the SHA-256 thumbprint of the certificate: 64 hex digits.", nameof(sha256Thumbprint));
        }

        return sha256Thumbprint.ToUpperInvariant();
    }
}

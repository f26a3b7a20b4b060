using System.Net;
using System.Security;
using System.Security.Cryptography;

namespace SuperOfficeProvisioning.SandboxTools.Tests;

/// <summary>An HttpClient that trusts exactly the sandbox's self-signed certificate, by its SHA-256 thumbprint.</summary>
public static class PinnedHttpClient
{
    public static HttpClient For(string certificateThumbprint) => new(new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
            certificate is not null && Convert.ToHexString(SHA256.HashData(certificate.RawData)) == certificateThumbprint,
    });

    public static string Reveal(SecureString secret) => new NetworkCredential(string.Empty, secret).Password;
}

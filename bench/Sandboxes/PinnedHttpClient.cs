using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography;
using SuperOfficeProvisioning.Sandbox;

namespace SuperOfficeProvisioning.Bench.Sandboxes;

/// <summary>An HttpClient for the sandbox's SCIM gateway that trusts its self-signed certificate by pinning it.</summary>
public static class PinnedHttpClient
{
    public const string ScimMediaType = "application/scim+json";

    public static HttpClient Create(SandboxDetails details)
    {
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                // Only the sandbox's own certificate, by its SHA-256 digest; never any certificate at all.
                RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                    errors == SslPolicyErrors.None
                    || (certificate is not null && Convert.ToHexString(SHA256.HashData(certificate.GetRawCertData())) == details.CertificateThumbprint),
            },
        };

        var client = new HttpClient(handler) { BaseAddress = details.ScimUrl, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", details.ScimToken);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(ScimMediaType));
        return client;
    }
}

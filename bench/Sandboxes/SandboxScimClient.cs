using System.Net.Http.Headers;
using SuperOfficeProvisioning.Sandbox;
using SuperOfficeProvisioning.TestSupport;

namespace SuperOfficeProvisioning.Bench.Sandboxes;

/// <summary>An HttpClient for the sandbox's SCIM gateway, with its bearer token, trusting it by its pinned certificate.</summary>
public static class SandboxScimClient
{
    public const string ScimMediaType = "application/scim+json";

    public static HttpClient Create(SandboxDetails details)
    {
        var client = PinnedHttp.Client(details.CertificateThumbprint, details.ScimUrl, TimeSpan.FromMinutes(2));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", details.ScimToken);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(ScimMediaType));
        return client;
    }
}

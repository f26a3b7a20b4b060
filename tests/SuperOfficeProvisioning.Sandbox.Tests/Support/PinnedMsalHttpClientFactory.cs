using Microsoft.Identity.Client;
using SuperOfficeProvisioning.TestSupport;

namespace SuperOfficeProvisioning.Sandbox.Tests.Support;

/// <summary>Gives MSAL an HttpClient that trusts the sandbox by its pinned certificate thumbprint.</summary>
internal sealed class PinnedMsalHttpClientFactory(string thumbprint) : IMsalHttpClientFactory, IDisposable
{
    private readonly HttpClient _client = PinnedHttp.Client(thumbprint, timeout: TimeSpan.FromSeconds(90), followRedirects: false);

    public HttpClient GetHttpClient() => _client;

    public void Dispose() => _client.Dispose();
}

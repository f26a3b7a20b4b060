using Microsoft.Identity.Client;

namespace SuperOfficeProvisioning.Sandbox.Tests.Support;

/// <summary>Gives MSAL an HttpClient that trusts the sandbox by its pinned certificate thumbprint.</summary>
internal sealed class PinnedMsalHttpClientFactory(string thumbprint) : IMsalHttpClientFactory, IDisposable
{
    private readonly HttpClient _client = new(TestSandbox.PinnedHandler(thumbprint)) { Timeout = TimeSpan.FromSeconds(90) };

    public HttpClient GetHttpClient() => _client;

    public void Dispose() => _client.Dispose();
}

using System.Net.Http.Headers;
using SuperOfficeProvisioning.TestSupport;

namespace SuperOfficeProvisioning.Sandbox.Tests.Support;

/// <summary>
/// An in-process sandbox for one test or one test class, with HTTP clients that trust it by pinning the SHA-256
/// thumbprint of its certificate (never by accepting any certificate).
/// </summary>
internal sealed class TestSandbox : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private readonly List<HttpClient> _clients = [];

    private TestSandbox(RunningSandbox sandbox)
    {
        Sandbox = sandbox;
        Http = CreateClient(Details.BaseUri);
        Api = CreateClient(RestUrl, headers => headers.Authorization = new AuthenticationHeaderValue("Bearer", Details.AccessToken));
    }

    public RunningSandbox Sandbox { get; }

    public SandboxDetails Details => Sandbox.Details;

    /// <summary><c>{WebApiUrl}v1/</c>, the REST base.</summary>
    public Uri RestUrl => new(Details.WebApiUrl, "v1/");

    /// <summary>A client on the sandbox host, without credentials, that does not follow redirects.</summary>
    public HttpClient Http { get; }

    /// <summary>A client on the REST base with the administrator's ready access token.</summary>
    public HttpClient Api { get; }

    public static async Task<TestSandbox> StartAsync(Action<SandboxOptions>? configure = null)
    {
        var options = new SandboxOptions { Seed = 1 };
        configure?.Invoke(options);
        return new TestSandbox(await SandboxHost.StartAsync(options));
    }

    public HttpClient CreateClient(Uri baseAddress, Action<HttpRequestHeaders>? configure = null)
    {
        var client = PinnedHttp.Client(Details.CertificateThumbprint, baseAddress, Timeout, followRedirects: false);
        configure?.Invoke(client.DefaultRequestHeaders);
        _clients.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        _clients.ForEach(client => client.Dispose());
        await Sandbox.DisposeAsync();
    }
}

using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SuperOfficeProvisioning.Sandbox.Scim;
using SuperOfficeProvisioning.TestSupport;

namespace SuperOfficeProvisioning.Sandbox.Tests.Scim.Support;

/// <summary>
/// A SCIM gateway to test against, with a client that sends its bearer token. <see cref="StartAsync"/> runs the whole
/// sandbox tenant over loopback HTTPS, trusted by pinning its certificate's SHA-256 thumbprint;
/// <see cref="StartStandaloneAsync"/> runs the gateway alone on a minimal plain-HTTP host, for the options and hooks the
/// sandbox does not expose (bulk limits, state import, the StateChanged event).
/// </summary>
internal sealed class ScimServer : IAsyncDisposable
{
    public const string Token = "scim-test-token";

    private readonly Func<HttpMessageHandler> _createHandler;
    private readonly Func<IReadOnlyList<SuperOfficeUserProjection>> _superOfficeUsers;
    private readonly Func<ValueTask> _stop;
    private readonly List<HttpClient> _clients = [];
    private readonly ScimGateway? _gateway;
    private int _stateChanges;

    private ScimServer(
        Uri scimUrl,
        Func<HttpMessageHandler> createHandler,
        Func<IReadOnlyList<SuperOfficeUserProjection>> superOfficeUsers,
        Func<ValueTask> stop,
        ScimGateway? gateway)
    {
        ScimUrl = scimUrl;
        _createHandler = createHandler;
        _superOfficeUsers = superOfficeUsers;
        _stop = stop;
        _gateway = gateway;
        if (gateway is not null)
        {
            gateway.StateChanged += () => Interlocked.Increment(ref _stateChanges);
        }

        Client = CreateClient(Token);
    }

    /// <summary>The gateway's base URL with a trailing slash, so relative paths such as <c>Users</c> resolve under it.</summary>
    public Uri ScimUrl { get; }

    public HttpClient Client { get; }

    /// <summary>The gateway object of a standalone server.</summary>
    public ScimGateway Gateway => _gateway ?? throw new InvalidOperationException("Only a standalone server exposes its gateway.");

    /// <summary>How often a standalone gateway raised StateChanged.</summary>
    public int StateChanges => Volatile.Read(ref _stateChanges);

    /// <summary>Starts a sandbox tenant (Kestrel over HTTPS on a free port) whose SCIM gateway uses these settings.</summary>
    public static async Task<ScimServer> StartAsync(Action<ScimGatewayOptions>? configure = null)
    {
        var gatewayOptions = new ScimGatewayOptions { SecretToken = Token, BulkEnabled = true };
        configure?.Invoke(gatewayOptions);
        if (gatewayOptions.BulkMaxOperations != new ScimGatewayOptions().BulkMaxOperations ||
            gatewayOptions.BulkMaxPayloadSize != new ScimGatewayOptions().BulkMaxPayloadSize)
        {
            throw new ArgumentException("The sandbox does not expose the bulk limits; use StartStandaloneAsync.", nameof(configure));
        }

        var sandbox = await SandboxHost.StartAsync(new SandboxOptions
        {
            Seed = 1,
            ScimToken = gatewayOptions.SecretToken,
            ScimBulkEnabled = gatewayOptions.BulkEnabled,
            ScimFilterMaxResults = gatewayOptions.FilterMaxResults,
            ScimRules = gatewayOptions.Rules,
            ScimUserSyncActive = gatewayOptions.UserSyncActive,
        });
        var thumbprint = sandbox.Details.CertificateThumbprint;
        return new ScimServer(
            sandbox.Details.ScimUrl, () => PinnedHttp.Handler(thumbprint, followRedirects: false), sandbox.GetSuperOfficeUsers, sandbox.DisposeAsync, gateway: null);
    }

    /// <summary>Starts the gateway alone on a minimal host on a free loopback port (Kestrel binds port 0).</summary>
    public static async Task<ScimServer> StartStandaloneAsync(Action<ScimGatewayOptions>? configure = null)
    {
        const string basePath = "/Cust12345/scim/v2";
        var options = new ScimGatewayOptions { SecretToken = Token, BulkEnabled = true };
        configure?.Invoke(options);
        var gateway = new ScimGateway(options);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRouting();
        var app = builder.Build();
        app.UseRouting();
        gateway.MapRoutes(app, basePath);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ScimServer(
            new Uri(new Uri(address), basePath + "/"),
            () => new HttpClientHandler { AllowAutoRedirect = false },
            gateway.GetSuperOfficeUsers,
            async () =>
            {
                await app.StopAsync();
                await app.DisposeAsync();
            },
            gateway);
    }

    /// <summary>The associates the SCIM rules made, as the WebAPI User archive shows them.</summary>
    public IReadOnlyList<SuperOfficeUserProjection> SuperOfficeUsers() => _superOfficeUsers();

    /// <summary>A client on the gateway's base URL; a null token sends no Authorization header.</summary>
    public HttpClient CreateClient(string? token)
    {
        var client = new HttpClient(_createHandler()) { BaseAddress = ScimUrl, Timeout = TimeSpan.FromSeconds(90) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/scim+json"));
        _clients.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        _clients.ForEach(client => client.Dispose());
        await _stop();
    }
}

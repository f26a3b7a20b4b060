using System.Net;
using System.Reflection;
using System.Runtime.Versioning;
using System.Text;
using Microsoft.Identity.Client;
using SuperOfficeProvisioning.Engine.Auth;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Tests.Http;
using Xunit;
using Mode = System.IO.UnixFileMode;

namespace SuperOfficeProvisioning.Engine.Tests.Auth;

[Collection(TokenCacheCollection.Name)]
public sealed class PersistentTokenCacheTests : IDisposable
{
    private static readonly string[] Scopes = ["api://sandbox/.default"];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "so-token-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [NoKeyringFact]
    public async Task Without_a_keyring_and_without_permission_the_cache_is_refused_saying_what_to_do()
    {
        var path = Path.Combine(_folder, "tokens.bin");

        var error = await Assert.ThrowsAsync<SoException>(() => PersistentTokenCache.AttachAsync(NewApp().UserTokenCache, path, allowUnprotected: false));

        Assert.Equal("TokenCacheKeyringUnavailable", error.ErrorId);
        Assert.Contains("-AllowUnprotectedTokenCache", error.Message);
        Assert.Contains("without -PersistTokenCache", error.Message);
        Assert.False(File.Exists(path));
        Assert.Empty(Directory.Exists(_folder) ? Directory.GetFiles(_folder, "*", SearchOption.AllDirectories) : []);
    }

    [NoKeyringFact]
    [SupportedOSPlatform("linux")]
    public async Task Without_a_keyring_the_permitted_fallback_is_a_file_only_its_owner_can_read_warned_about_once()
    {
        var path = Path.Combine(_folder, "cache", "tokens.bin");
        var content = "{\"AccessToken\":{}}"u8.ToArray();
        var log = new RecordingLog();
        ForgetUnprotectedWarning();

        using (EngineLog.BeginScope(log))
        {
            var first = await PersistentTokenCache.AttachAsync(NewApp().UserTokenCache, path, allowUnprotected: true);
            first.SaveUnencryptedTokenCache(content);
            var second = await PersistentTokenCache.AttachAsync(NewApp().UserTokenCache, path, allowUnprotected: true);

            Assert.Equal(content, second.LoadUnencryptedTokenCache());
        }

        Assert.Equal(Mode.UserRead | Mode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(Mode.UserRead | Mode.UserWrite | Mode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
        var warning = Assert.Single(log.Lines, l => l.StartsWith("WARNING:", StringComparison.Ordinal));
        Assert.Contains("unprotected", warning);
        Assert.Contains(path, warning);
        Assert.Contains(log.Lines, l => l.StartsWith("VERBOSE:", StringComparison.Ordinal) && l.Contains("unprotected (mode 0600)"));
    }

    [NoKeyringFact]
    [SupportedOSPlatform("linux")]
    public async Task Tokens_msal_keeps_through_one_attach_are_found_by_the_next_without_asking_again()
    {
        var path = Path.Combine(_folder, "tokens.bin");
        using var issuer = new TokenEndpoint("first-access-token");
        var first = NewConfidentialApp(issuer);
        await PersistentTokenCache.AttachAsync(first.AppTokenCache, path, allowUnprotected: true);
        var issued = await first.AcquireTokenForClient(Scopes).ExecuteAsync();

        using var refusing = new TokenEndpoint(accessToken: null);
        var second = NewConfidentialApp(refusing);
        await PersistentTokenCache.AttachAsync(second.AppTokenCache, path, allowUnprotected: true);
        var cached = await second.AcquireTokenForClient(Scopes).ExecuteAsync();

        Assert.Equal(TokenSource.IdentityProvider, issued.AuthenticationResultMetadata.TokenSource);
        Assert.Equal(TokenSource.Cache, cached.AuthenticationResultMetadata.TokenSource);
        Assert.Equal("first-access-token", cached.AccessToken);
        Assert.Equal(1, issuer.Requests);
        Assert.Equal(0, refusing.Requests);
        Assert.Equal(Mode.UserRead | Mode.UserWrite, File.GetUnixFileMode(path));
        Assert.DoesNotContain("client-secret", File.ReadAllText(path));
    }

    [NoKeyringFact]
    [SupportedOSPlatform("linux")]
    public async Task An_existing_cache_file_others_could_read_is_restricted_to_its_owner()
    {
        var path = Path.Combine(_folder, "tokens.bin");
        Directory.CreateDirectory(_folder);
        File.WriteAllText(path, string.Empty);
        File.SetUnixFileMode(path, Mode.UserRead | Mode.UserWrite | Mode.GroupRead | Mode.OtherRead);

        var helper = await PersistentTokenCache.AttachAsync(NewApp().UserTokenCache, path, allowUnprotected: true);
        helper.SaveUnencryptedTokenCache("{}"u8.ToArray());

        Assert.Equal(Mode.UserRead | Mode.UserWrite, File.GetUnixFileMode(path));
    }

    internal static IPublicClientApplication NewApp() =>
        PublicClientApplicationBuilder.Create("client").WithRedirectUri("http://127.0.0.1/").Build();

    private static IConfidentialClientApplication NewConfidentialApp(IMsalHttpClientFactory http) =>
        ConfidentialClientApplicationBuilder.Create("client")
            .WithClientSecret("client-secret")
            .WithAuthority("https://login.microsoftonline.com/00000000-0000-0000-0000-000000000001")
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(http)
            .Build();

    // The warning is given once per process; this test of it must not depend on whether another test came first.
    private static void ForgetUnprotectedWarning()
    {
        var given = typeof(PersistentTokenCache).GetField("_unprotectedWarningGiven", BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException("PersistentTokenCache no longer keeps _unprotectedWarningGiven; update this test.");
        given.SetValue(null, 0);
    }

    /// <summary>A token endpoint that issues one access token, or refuses every request when it has none to give.</summary>
    private sealed class TokenEndpoint : IMsalHttpClientFactory, IDisposable
    {
        private readonly FuncHandler _handler;
        private readonly HttpClient _client;

        public TokenEndpoint(string? accessToken)
        {
            _handler = new FuncHandler(request => accessToken is not null && request.RequestUri!.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)
                ? new HttpResponseMessage(HttpStatusCode.OK)
                {
                    Content = new StringContent($"{{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"{accessToken}\"}}", Encoding.UTF8, "application/json"),
                }
                : new HttpResponseMessage(HttpStatusCode.BadRequest)
                {
                    Content = new StringContent("{\"error\":\"invalid_request\"}", Encoding.UTF8, "application/json"),
                });
            _client = new HttpClient(_handler);
        }

        public int Requests => _handler.Received;

        public HttpClient GetHttpClient() => _client;

        public void Dispose() => _client.Dispose();
    }
}

using Microsoft.Identity.Client;
using SuperOfficeProvisioning.Engine.Auth;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Tests.Http;
using Xunit;
using Mode = System.IO.UnixFileMode;

namespace SuperOfficeProvisioning.Engine.Tests.Auth;

public sealed class PersistentTokenCacheTests : IDisposable
{
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
    }

    [NoKeyringFact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task Without_a_keyring_the_permitted_fallback_is_a_file_only_its_owner_can_read_warned_about_once()
    {
        var path = Path.Combine(_folder, "cache", "tokens.bin");
        var content = "{\"AccessToken\":{}}"u8.ToArray();
        var log = new RecordingLog();

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
    }

    [Fact]
    public async Task A_cache_path_that_cannot_be_made_is_refused_with_an_error_naming_it()
    {
        Directory.CreateDirectory(_folder);
        var notAFolder = Path.Combine(_folder, "a-file");
        File.WriteAllText(notAFolder, string.Empty);
        var path = Path.Combine(notAFolder, "tokens.bin");

        var error = await Assert.ThrowsAsync<SoException>(() => PersistentTokenCache.AttachAsync(NewApp().UserTokenCache, path, allowUnprotected: true));

        Assert.Equal("TokenCacheUnusable", error.ErrorId);
        Assert.Contains(path, error.Message);
    }

    private static IPublicClientApplication NewApp() =>
        PublicClientApplicationBuilder.Create("client").WithRedirectUri("http://127.0.0.1/").Build();
}

/// <summary>A test of the host without a keyring: a Linux host with no D-Bus session, as CI runners are.</summary>
public sealed class NoKeyringFactAttribute : FactAttribute
{
    public NoKeyringFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")))
        {
            Skip = "Needs a host without a keyring: Linux with no D-Bus session.";
        }
    }
}

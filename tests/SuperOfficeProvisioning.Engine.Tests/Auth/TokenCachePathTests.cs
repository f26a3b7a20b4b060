using System.Runtime.Versioning;
using SuperOfficeProvisioning.Engine.Auth;
using SuperOfficeProvisioning.Engine.Errors;
using Xunit;
using Mode = System.IO.UnixFileMode;

namespace SuperOfficeProvisioning.Engine.Tests.Auth;

/// <summary>A token cache path that cannot hold the cache is refused with TokenCacheUnusable, naming the path.</summary>
[Collection(TokenCacheCollection.Name)]
public sealed class TokenCachePathTests : IDisposable
{

    private readonly string _folder = Directory.CreateTempSubdirectory("so-token-cache-").FullName;

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
        {
            // A folder a test made read-only must be writable again to be deleted.
            foreach (var folder in Directory.GetDirectories(_folder, "*", SearchOption.AllDirectories).Append(_folder))
            {
                File.SetUnixFileMode(folder, Mode.UserRead | Mode.UserWrite | Mode.UserExecute);
            }
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_folder_that_is_a_file_is_refused()
    {
        var notAFolder = Path.Combine(_folder, "a-file");
        File.WriteAllText(notAFolder, string.Empty);
        var path = Path.Combine(notAFolder, "tokens.bin");

        var error = await AssertUnusableAsync(path);

        Assert.IsAssignableFrom<IOException>(error.InnerException);
    }

    [Fact]
    public async Task A_folder_name_longer_than_the_file_system_allows_is_refused()
    {
        var path = Path.Combine(_folder, new string('c', 300), "tokens.bin");

        await AssertUnusableAsync(path);
    }

    [UnixFact]
    [SupportedOSPlatform("linux")]
    public async Task A_folder_that_cannot_be_made_is_refused() =>
        await AssertUnusableAsync(Path.Combine("/proc/self", "cache", "tokens.bin"));

    [Fact]
    public async Task A_directory_where_the_file_should_be_is_refused()
    {
        var path = Path.Combine(_folder, "tokens.bin");
        Directory.CreateDirectory(path);

        await AssertUnusableAsync(path);
    }

    [Fact]
    public async Task A_file_name_longer_than_the_file_system_allows_is_refused()
    {
        var path = Path.Combine(_folder, "cache", new string('t', 300) + ".bin");

        await AssertUnusableAsync(path);
    }

    // /proc/self is a folder no account may make files in, root included, unlike a folder whose permissions say so.
    [UnixFact]
    [SupportedOSPlatform("linux")]
    public async Task An_existing_folder_the_account_cannot_write_is_refused() =>
        await AssertUnusableAsync(Path.Combine("/proc/self", "tokens.bin"));

    private static async Task<SoException> AssertUnusableAsync(string path)
    {
        var error = await Assert.ThrowsAsync<SoException>(() =>
            PersistentTokenCache.AttachAsync(PersistentTokenCacheTests.NewApp().UserTokenCache, path, allowUnprotected: true));

        Assert.Equal("TokenCacheUnusable", error.ErrorId);
        Assert.Equal(SoErrorKind.InvalidOperation, error.Kind);
        Assert.Contains($"'{path}'", error.Message);
        return error;
    }
}

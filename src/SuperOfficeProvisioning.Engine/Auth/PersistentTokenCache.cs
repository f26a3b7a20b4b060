using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.Extensions.Msal;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Auth;

/// <summary>
/// Keeps MSAL's token cache across sessions (Connect-SoTenant -PersistTokenCache), so a later session signs in
/// silently with the refresh token. MSAL's cache helper stores it where the operating system protects it: DPAPI
/// on Windows, the Keychain on macOS, libsecret on Linux. Where there is no keyring (a headless Linux host has no
/// D-Bus session), a plaintext file readable only by its owner is used, but only when the caller allowed it.
/// </summary>
internal static class PersistentTokenCache
{
    public const string KeyringUnavailableErrorId = "TokenCacheKeyringUnavailable";
    public const string UnusableErrorId = "TokenCacheUnusable";
    private const string KeyringSchema = "superofficeprovisioning.tokencache";
    private static int _unprotectedWarningGiven;

    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "SuperOfficeProvisioning", "superid-token-cache.bin");

    /// <summary>Connects the cache to its store; the returned helper is what MSAL's cache now reads and writes through.</summary>
    /// <param name="allowUnprotected">Use a plaintext file (mode 0600) where no keyring is available.</param>
    /// <exception cref="SoException"><see cref="KeyringUnavailableErrorId"/>: no keyring, and no permission to do without one.</exception>
    public static async Task<MsalCacheHelper> AttachAsync(ITokenCache cache, string path, bool allowUnprotected)
    {
        var fullPath = Path.GetFullPath(path);
        try
        {
            var helper = await OpenAsync(fullPath, allowUnprotected).ConfigureAwait(false);
            helper.RegisterCache(cache);
            return helper;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            throw new SoException(UnusableErrorId, SoErrorKind.InvalidOperation, $"The token cache '{fullPath}' cannot be used: {ex.Message}", ex);
        }
    }

    private static async Task<MsalCacheHelper> OpenAsync(string fullPath, bool allowUnprotected)
    {
        var folder = Path.GetDirectoryName(fullPath)!;
        var fileName = Path.GetFileName(fullPath);
        if (Directory.Exists(fullPath))
        {
            // MSAL would open it without complaint and lose every save.
            throw new IOException("It is a folder, not a file.");
        }

        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            UnixFileMode.RestrictToOwner(folder, directory: true);
        }

        ProbeLockFile(fullPath);

        var helper = await TryProtectedAsync(fileName, folder, fullPath).ConfigureAwait(false);
        if (helper is not null)
        {
            EngineLog.Current.Verbose($"Token cache: '{fullPath}', protected by {ProtectionName}.");
        }
        else if (allowUnprotected)
        {
            helper = await MsalCacheHelper.CreateAsync(new StorageCreationPropertiesBuilder(fileName, folder).WithUnprotectedFile().Build()).ConfigureAwait(false);
            if (File.Exists(fullPath))
            {
                // A file made earlier (by hand, or with looser permissions) is restricted too, not only one made now.
                UnixFileMode.RestrictToOwner(fullPath, directory: false);
            }

            WarnUnprotectedOnce(fullPath);
        }
        else
        {
            throw new SoException(
                KeyringUnavailableErrorId,
                SoErrorKind.InvalidOperation,
                $"The SuperID tokens cannot be kept protected on this computer: {ProtectionName} is not available (a Linux host needs libsecret and a D-Bus session, which SSH sessions and CI runners usually lack). "
                + "Connect without -PersistTokenCache and -TokenCachePath to keep the tokens in memory for this session only, "
                + "or add -AllowUnprotectedTokenCache to keep them in a plaintext file that only your account can read (mode 0600).");
        }

        return helper;
    }

    /// <summary>
    /// MSAL guards the cache with a lock file beside it; where it cannot make one (a folder the account cannot write, a
    /// name the file system refuses) it retries for a minute, then fails. Making it once here fails at once, with the reason.
    /// </summary>
    private static void ProbeLockFile(string fullPath)
    {
        var lockFile = fullPath + ".lockfile";
        if (!File.Exists(lockFile))
        {
            using (new FileStream(lockFile, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
    }

    private static string ProtectionName =>
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "DPAPI"
        : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "the macOS Keychain"
        : "the keyring (libsecret)";

    /// <summary>The helper over the operating system's protected store, or null when that store does not work here.</summary>
    private static async Task<MsalCacheHelper?> TryProtectedAsync(string fileName, string folder, string fullPath)
    {
        // The cache file's path tells caches apart in the Keychain and the keyring, as it does on disk.
        var properties = new StorageCreationPropertiesBuilder(fileName, folder)
            .WithMacKeyChain(KeyringSchema, fullPath)
            .WithLinuxKeyring(
                KeyringSchema,
                MsalCacheHelper.LinuxKeyRingDefaultCollection,
                "SuperOffice provisioning: SuperID tokens",
                new KeyValuePair<string, string>("Product", "SuperOfficeProvisioning"),
                new KeyValuePair<string, string>("CacheFile", fullPath))
            .Build();
        try
        {
            var helper = await MsalCacheHelper.CreateAsync(properties).ConfigureAwait(false);
            helper.VerifyPersistence();
            return helper;
        }
        catch (Exception ex) when (ex is MsalCachePersistenceException || ex is DllNotFoundException || ex is EntryPointNotFoundException || ex is PlatformNotSupportedException)
        {
            EngineLog.Current.Debug($"The protected token store is not available: {ex.Message}");
            return null;
        }
    }

    private static void WarnUnprotectedOnce(string fullPath)
    {
        if (Interlocked.Exchange(ref _unprotectedWarningGiven, 1) == 0)
        {
            EngineLog.Current.Warning(
                $"No keyring is available, so the SuperID tokens are kept unprotected in '{fullPath}' (plaintext, readable only by your account: mode 0600). "
                + "Anyone who can act as your account, or as an administrator, can read them. This warning is given once per session.");
        }
        else
        {
            EngineLog.Current.Verbose($"Token cache: '{fullPath}', unprotected (mode 0600).");
        }
    }
}

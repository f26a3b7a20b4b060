using System;
using System.IO;
using System.Security.Cryptography;
using Microsoft.Identity.Client;

namespace SuperOfficeProvisioning.Engine.Auth;

/// <summary>
/// Keeps MSAL's token cache in an encrypted file, so a later session signs in silently with the refresh token.
/// Opt-in (Connect-SoTenant -PersistTokenCache). A cache that cannot be decrypted is ignored, not fatal.
/// </summary>
internal sealed class PersistentTokenCache
{
    private readonly object _gate = new object();
    private readonly string _path;
    private readonly TokenCacheProtection _protection;

    private PersistentTokenCache(string path)
    {
        _path = path;
        _protection = TokenCacheProtection.For(path);
    }

    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "SuperOfficeProvisioning", "superid-token-cache.bin");

    public static void Attach(ITokenCache cache, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            UnixFileMode.RestrictToOwner(folder, directory: true);
        }

        var store = new PersistentTokenCache(path);
        EngineLog.Current.Verbose($"Token cache: '{path}', encrypted with {store._protection.Description}.");
        cache.SetBeforeAccess(store.BeforeAccess);
        cache.SetAfterAccess(store.AfterAccess);
    }

    private void BeforeAccess(TokenCacheNotificationArgs args)
    {
        lock (_gate)
        {
            if (!File.Exists(_path))
            {
                return;
            }

            try
            {
                args.TokenCache.DeserializeMsalV3(_protection.Unprotect(File.ReadAllBytes(_path)), shouldClearExistingCache: true);
            }
            catch (Exception ex) when (ex is CryptographicException || ex is MsalException || ex is IOException)
            {
                EngineLog.Current.Warning($"The token cache '{_path}' could not be read ({ex.GetType().Name}); signing in afresh.");
            }
        }
    }

    private void AfterAccess(TokenCacheNotificationArgs args)
    {
        if (!args.HasStateChanged)
        {
            return;
        }

        lock (_gate)
        {
            var protectedBytes = _protection.Protect(args.TokenCache.SerializeMsalV3());
            var temporary = _path + ".tmp";
            using (var stream = TokenCacheProtection.CreatePrivateFile(temporary))
            {
                stream.Write(protectedBytes, 0, protectedBytes.Length);
            }

            if (File.Exists(_path))
            {
                File.Delete(_path);
            }

            File.Move(temporary, _path);
        }
    }
}

using System;
using System.Threading.Tasks;

namespace SuperOfficeProvisioning.Engine.Auth;

/// <summary>What an interactive SuperID sign-in needs.</summary>
public sealed class InteractiveSignInRequest
{
    public InteractiveSignInRequest(Uri authority, string clientId, string contextIdentifier)
    {
        Authority = authority;
        ClientId = clientId;
        ContextIdentifier = contextIdentifier;
    }

    public Uri Authority { get; }

    public string ClientId { get; }

    public string ContextIdentifier { get; }

    /// <summary>Opens the sign-in page; the system browser when not set.</summary>
    public Func<Uri, Task>? OpenBrowser { get; set; }

    /// <summary>
    /// The redirect URI registered for the application (http://127.0.0.1:{port}/{path}, native-apps.md): SuperID
    /// accepts only a registered one, exactly; null listens on a port the system picks, for servers that allow any.
    /// </summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>Where -PersistTokenCache keeps tokens unless told otherwise (under the user's local application data).</summary>
    public static string DefaultTokenCachePath => PersistentTokenCache.DefaultPath;

    /// <summary>A file to keep MSAL's token cache in, protected by the operating system; null keeps tokens in memory only.</summary>
    public string? TokenCachePath { get; set; }

    /// <summary>Where no keyring is available, keep the cache in a plaintext file only its owner can read (0600).</summary>
    public bool AllowUnprotectedTokenCache { get; set; }

    /// <summary>How long to wait for the browser to come back.</summary>
    public TimeSpan SignInTimeout { get; set; } = TimeSpan.FromMinutes(10);
}

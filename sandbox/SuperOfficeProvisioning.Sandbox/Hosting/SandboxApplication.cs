using System.Security.Cryptography;

namespace SuperOfficeProvisioning.Sandbox.Hosting;

/// <summary>
/// The one partner application registered with the sandbox: its client id and secret and its RSA key pair (the private
/// half written to a PEM file for clients). A multi-tenant sandbox has it installed in every tenant; each tenant's
/// consent (<see cref="SystemUserConsent"/>) gives it a system user token of its own.
/// </summary>
internal sealed class SandboxApplication : IDisposable
{
    private readonly RSA _key = RSA.Create(2048);
    private readonly string _keyFolder;

    public SandboxApplication(SandboxOptions options)
    {
        ClientId = options.ClientId ?? RandomTokens.Hex(16);
        ClientSecret = options.ClientSecret ?? RandomTokens.Hex(16);
        RedirectUris = (options.RedirectUris ?? [DefaultRedirectUri()]).Select(Registered).ToList();

        _keyFolder = Path.Combine(Path.GetTempPath(), "SuperOfficeSandbox-" + RandomTokens.Hex(8));
        Directory.CreateDirectory(_keyFolder);
        PrivateKeyPath = Path.Combine(_keyFolder, "application-private-key.pem");
        File.WriteAllText(PrivateKeyPath, _key.ExportRSAPrivateKeyPem());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(PrivateKeyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    public string ClientId { get; }

    public string ClientSecret { get; }

    public string PrivateKeyPath { get; }

    /// <summary>The registered redirect URIs, each an http loopback IP literal with a port and a path.</summary>
    public IReadOnlyList<Uri> RedirectUris { get; }

    /// <summary>Whether <paramref name="candidate"/> is one of the registered redirect URIs, exactly (native-apps.md).</summary>
    public bool IsRegisteredRedirect(Uri candidate) => RedirectUris.Any(uri => uri.AbsoluteUri == candidate.AbsoluteUri);

    /// <summary>A redirect URI on a free loopback port: the one the sandbox's application registers by default.</summary>
    private static string DefaultRedirectUri()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return $"http://127.0.0.1:{((System.Net.IPEndPoint)probe.LocalEndpoint).Port}/callback/";
    }

    private static Uri Registered(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && !uri.IsDefaultPort
        && System.Net.IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address)
            ? uri
            : throw new ArgumentException($"'{value}' is not a redirect URI a native app can register: http://127.0.0.1:{{port}}/{{path}} or http://[::1]:{{port}}/{{path}}.");

    public bool IsClientSecret(string? candidate) => FixedTimeEquals(candidate, ClientSecret);

    /// <summary>Checks an RSA SHA-256 PKCS#1 v1.5 signature made with the application's private key.</summary>
    public bool VerifySignature(byte[] data, byte[] signature) =>
        _key.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    public void Dispose()
    {
        _key.Dispose();
        try
        {
            Directory.Delete(_keyFolder, recursive: true);
        }
        catch (IOException)
        {
            // A reader still holding the file open must not fail the shutdown; the temp folder is cleaned eventually.
        }
    }

    public static bool FixedTimeEquals(string? candidate, string expected) =>
        candidate is not null &&
        CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(candidate), System.Text.Encoding.UTF8.GetBytes(expected));
}

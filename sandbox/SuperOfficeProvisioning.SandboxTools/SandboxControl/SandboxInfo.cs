using System.Security;
using SuperOfficeProvisioning.Sandbox;

namespace SuperOfficeProvisioning.SandboxTools.SandboxControl;

/// <summary>
/// What a script needs to connect to a running sandbox tenant (PSTypeName <see cref="TypeName"/>). Tokens and secrets
/// are SecureStrings, ready for Connect-SoTenant, and never shown by <see cref="ToString"/>.
/// </summary>
public sealed class SandboxInfo
{
    public const string TypeName = "SuperOffice.Sandbox";

    private SandboxInfo(SandboxDetails details)
    {
        ContextIdentifier = details.ContextIdentifier;
        BaseUri = details.BaseUri;
        Authority = details.Authority;
        WebApiUrl = details.WebApiUrl;
        ScimUrl = details.ScimUrl;
        ScimToken = Secure(details.ScimToken);
        AccessToken = Secure(details.AccessToken);
        ClientId = details.ClientId;
        RedirectUri = details.RedirectUri;
        ClientSecret = Secure(details.ClientSecret);
        SystemUserToken = Secure(details.SystemUserToken);
        PrivateKeyPath = details.PrivateKeyPath;
        CertificateThumbprint = details.CertificateThumbprint;
        AdminUserName = details.AdminUserName;
        Seed = details.Seed;
    }

    public string ContextIdentifier { get; }

    public Uri BaseUri { get; }

    /// <summary>The SuperID authority, for Connect-SoTenant -Authority.</summary>
    public Uri Authority { get; }

    public Uri WebApiUrl { get; }

    /// <summary>The SCIM gateway's tenant URL.</summary>
    public Uri ScimUrl { get; }

    /// <summary>The SCIM gateway's secret token.</summary>
    public SecureString ScimToken { get; }

    /// <summary>A ready WebAPI bearer token of the tenant administrator.</summary>
    public SecureString AccessToken { get; }

    public string ClientId { get; }

    /// <summary>The redirect URI registered for the application, for Connect-SoTenant -RedirectUri.</summary>
    public Uri RedirectUri { get; }

    /// <summary>The application's client secret, also its application token.</summary>
    public SecureString ClientSecret { get; }

    /// <summary>The system user token the administrator's consent granted to the application.</summary>
    public SecureString SystemUserToken { get; }

    /// <summary>A PEM file with the application's private key, deleted when the sandbox stops.</summary>
    public string PrivateKeyPath { get; }

    /// <summary>SHA-256 of the sandbox's self-signed TLS certificate; trust the sandbox by pinning it.</summary>
    public string CertificateThumbprint { get; }

    public string AdminUserName { get; }

    /// <summary>The seed of the fault generator; start with the same seed to replay the same faults.</summary>
    public int Seed { get; }

    /// <summary>Every tenant the sandbox serves (this one alone, for a sandbox of one tenant), each with its own URLs and tokens.</summary>
    public IReadOnlyList<SandboxInfo> Tenants { get; private set; } = [];

    /// <summary>The first tenant's info, carrying every tenant's in <see cref="Tenants"/>.</summary>
    internal static SandboxInfo From(IReadOnlyList<SandboxDetails> tenants)
    {
        var infos = tenants.Select(details => new SandboxInfo(details)).ToList();
        foreach (var info in infos)
        {
            info.Tenants = infos;
        }

        return infos[0];
    }

    public override string ToString() => $"{ContextIdentifier} at {BaseUri}";

    private static SecureString Secure(string value)
    {
        var secure = new SecureString();
        foreach (var c in value)
        {
            secure.AppendChar(c);
        }

        secure.MakeReadOnly();
        return secure;
    }
}

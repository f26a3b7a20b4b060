namespace SuperOfficeProvisioning.Sandbox;

/// <summary>Everything a client or a script needs to reach a running sandbox tenant.</summary>
public sealed record SandboxDetails
{
    /// <summary>The tenant's context identifier, e.g. Cust12345.</summary>
    public required string ContextIdentifier { get; init; }

    /// <summary>The sandbox host, <c>https://127.0.0.1:{port}/</c>.</summary>
    public required Uri BaseUri { get; init; }

    /// <summary>The SuperID authority (the same host); discovery is at <c>{Authority}login/.well-known/openid-configuration</c>.</summary>
    public required Uri Authority { get; init; }

    /// <summary>The <c>webapi_url</c> claim form, <c>{BaseUri}{ctx}/api/</c>; the REST base is <c>{WebApiUrl}v1/</c>.</summary>
    public required Uri WebApiUrl { get; init; }

    /// <summary>The SCIM gateway's tenant URL, <c>{BaseUri}{ctx}/scim/v2/</c>.</summary>
    public required Uri ScimUrl { get; init; }

    /// <summary>The SCIM gateway's secret (bearer) token.</summary>
    public required string ScimToken { get; init; }

    /// <summary>The application's client id.</summary>
    public required string ClientId { get; init; }

    /// <summary>The redirect URI registered for the application: interactive sign-in listens on it.</summary>
    public required Uri RedirectUri { get; init; }

    /// <summary>The application's client secret, also its application token (SO-AppToken).</summary>
    public required string ClientSecret { get; init; }

    /// <summary>The system user token the administrator's consent granted to the application.</summary>
    public required string SystemUserToken { get; init; }

    /// <summary>A PEM file with the application's RSA private key; deleted when the sandbox stops.</summary>
    public required string PrivateKeyPath { get; init; }

    /// <summary>Uppercase hex SHA-256 of the sandbox's TLS certificate (DER); clients trust the sandbox by pinning it.</summary>
    public required string CertificateThumbprint { get; init; }

    /// <summary>The key of the loopback admin endpoint (header X-Sandbox-Admin-Key).</summary>
    public required string AdminKey { get; init; }

    /// <summary>A WebAPI bearer token for the administrator, valid 3600 s from start.</summary>
    public required string AccessToken { get; init; }

    /// <summary>The administrator's user name.</summary>
    public required string AdminUserName { get; init; }

    /// <summary>The seed of the fault generator.</summary>
    public required int Seed { get; init; }
}

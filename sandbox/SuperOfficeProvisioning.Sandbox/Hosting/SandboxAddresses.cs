namespace SuperOfficeProvisioning.Sandbox.Hosting;

/// <summary>
/// The sandbox's public URLs. The port is known only once Kestrel has bound it, so the host fills this in right after
/// start-up, before it hands out any address a client could call.
/// </summary>
internal sealed class SandboxAddresses(string contextIdentifier)
{
    private Uri? _baseUri;

    public string ContextIdentifier { get; } = contextIdentifier;

    /// <summary><c>https://127.0.0.1:{port}/</c></summary>
    public Uri BaseUri => _baseUri ?? throw new InvalidOperationException("The sandbox has not started yet.");

    /// <summary>The OpenID issuer: the authority without its trailing slash, as the discovery document states it.</summary>
    public string Issuer => BaseUri.AbsoluteUri.TrimEnd('/');

    public Uri TenantUrl => new(BaseUri, ContextIdentifier);

    public Uri WebApiUrl => new(BaseUri, $"{ContextIdentifier}/api/");

    public Uri NetServerUrl => new(BaseUri, $"{ContextIdentifier}/Remote/Services88/");

    /// <summary>The SCIM gateway's path, <c>/{ctx}/scim/v2</c>; known before the port is.</summary>
    public string ScimBasePath => $"/{ContextIdentifier}/scim/v2";

    public Uri ScimUrl => new(BaseUri, ScimBasePath.TrimStart('/') + "/");

    public Uri Login(string relative) => new(BaseUri, "login/" + relative);

    public void Initialize(Uri baseUri) => _baseUri = baseUri;

    public bool IsOwnContext(string candidate) =>
        string.Equals(candidate, ContextIdentifier, StringComparison.OrdinalIgnoreCase);
}

using System;
using SuperOfficeProvisioning.Engine.Http;

namespace SuperOfficeProvisioning.Engine.Connections;

/// <summary>
/// One tenant as the module reaches it: a SCIM side (users and groups) and/or a WebAPI side (lists, web panels),
/// sharing one HTTP pipeline. Printing it never shows a secret.
/// </summary>
public sealed class SoConnection : IDisposable
{
    public const int DefaultMaxListedResources = 1_000_000;

    private int _maxListedResources = DefaultMaxListedResources;

    private SoConnection(HttpPipeline pipeline, ScimEndpoint? scim, WebApiEndpoint? webApi)
    {
        Pipeline = pipeline;
        Scim = scim;
        WebApi = webApi;
    }

    public Guid Id { get; } = Guid.NewGuid();

    public DateTimeOffset ConnectedAt { get; } = DateTimeOffset.UtcNow;

    public string? ContextIdentifier => WebApi?.ContextIdentifier;

    public Uri? ScimUrl => Scim?.Url;

    /// <summary>What the SCIM gateway has shown it can do so far (or filters, group externalId filter, paging, cursors, bulk).</summary>
    public Scim.ScimCapabilities? ScimCapabilities => Scim?.Capabilities;

    public Uri? WebApiUrl => WebApi?.Url;

    /// <summary>The SuperID host that answers for the WebAPI side's tenant (sign-in, tenant status).</summary>
    public Uri? Authority => WebApi?.Authority;

    public string? AuthenticationType => WebApi?.Credential.Kind;

    public string? CertificateThumbprint => Pipeline.Options.PinnedCertificateSha256;

    public long RequestsSent => Pipeline.RequestsSent;

    public long Retries => Pipeline.Retries;

    public HttpPipeline Pipeline { get; }

    /// <summary>
    /// The most resources (users, groups, list rows) one listing reads before it stops with ListingTooLarge: a
    /// bound on the memory and requests a server that reports or sends without end can cost.
    /// </summary>
    public int MaxListedResources
    {
        get => _maxListedResources;
        set => _maxListedResources = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), "MaxListedResources must be at least 1.");
    }

    internal ScimEndpoint? Scim { get; }

    internal WebApiEndpoint? WebApi { get; }

    /// <summary>
    /// The pipeline a new connection made after <paramref name="current"/> uses: the current one's when it trusts
    /// the same certificate (so both sides of one tenant share it), else a new one.
    /// </summary>
    public static HttpPipeline PipelineFor(SoConnection? current, HttpPipelineOptions options) =>
        current is not null && SamePin(current, options) ? current.Pipeline : new HttpPipeline(options);

    /// <summary>
    /// A connection with the given side set. The other side of <paramref name="current"/> is kept when both
    /// share <paramref name="pipeline"/>, so one session can hold both sides of a tenant. (The endpoints checked
    /// their URLs when they were made.)
    /// </summary>
    public static SoConnection Create(SoConnection? current, ScimEndpoint? scim, WebApiEndpoint? webApi, HttpPipeline pipeline)
    {
        // Connecting again is how a user answers a refused credential: it gets a fresh chance.
        pipeline.ForgetRefusedCredentials();
        return current is not null && ReferenceEquals(current.Pipeline, pipeline)
            ? new SoConnection(pipeline, scim ?? current.Scim, webApi ?? current.WebApi)
            : new SoConnection(pipeline, scim, webApi);
    }

    public override string ToString() =>
        $"SuperOffice connection {ContextIdentifier ?? ScimUrl?.Host ?? Id.ToString()}";

    public void Dispose()
    {
        Pipeline.Dispose();
        (WebApi?.Credential as IDisposable)?.Dispose();
    }

    private static bool SamePin(SoConnection current, HttpPipelineOptions options) =>
        string.Equals(current.Pipeline.Options.PinnedCertificateSha256, options.PinnedCertificateSha256, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The SCIM gateway's tenant URL and secret token.</summary>
public sealed class ScimEndpoint
{
    public ScimEndpoint(Uri url, Secret token)
    {
        TransportPolicy.EnsureAllowed(url, "ScimUrl");

        // The gateway's paths are relative to the tenant URL, so it must end with a slash.
        Url = url.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? url : new Uri(url.AbsoluteUri + "/");
        Token = token;
    }

    public Uri Url { get; }

    internal Secret Token { get; }

    /// <summary>What the gateway has shown it can do so far.</summary>
    public Scim.ScimCapabilities Capabilities { get; } = new Scim.ScimCapabilities();

    private System.Threading.Tasks.Task<Scim.ScimServiceConfig>? _serviceConfig;

    /// <summary>The gateway's ServiceProviderConfig, read once per endpoint (a failed read is tried again next time).</summary>
    internal System.Threading.Tasks.Task<Scim.ScimServiceConfig> ServiceConfig(Func<System.Threading.Tasks.Task<Scim.ScimServiceConfig>> read)
    {
        var current = _serviceConfig;
        if (current is null || current.IsFaulted || current.IsCanceled)
        {
            current = read();
            _serviceConfig = current;
        }

        return current;
    }
}

/// <summary>The tenant's WebAPI base (the id_token's <c>webapi_url</c>, e.g. https://sod.superoffice.com/Cust12345/api/).</summary>
public sealed class WebApiEndpoint
{
    public WebApiEndpoint(Uri url, string contextIdentifier, IWebApiCredential credential, Uri? authority = null)
    {
        TransportPolicy.EnsureAllowed(url, "WebApiUrl");
        Url = url.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? url : new Uri(url.AbsoluteUri + "/");
        ContextIdentifier = contextIdentifier;
        Credential = credential;
        Authority = Auth.SuperIdEnvironment.WithSlash(authority ?? Auth.SuperIdEnvironment.AuthorityOfWebApi(Url));
    }

    public Uri Url { get; }

    /// <summary>The SuperID host that answers for the tenant: sign-in and the tenant status API.</summary>
    public Uri Authority { get; }

    public string ContextIdentifier { get; }

    internal IWebApiCredential Credential { get; }

    /// <summary>The context identifier is the path segment before <c>api</c>: https://host/Cust12345/api/.</summary>
    public static string? ContextIdentifierFromUrl(Uri url)
    {
        if (!url.IsAbsoluteUri)
        {
            return null;
        }

        var segments = url.AbsolutePath.Trim('/').Split('/');
        var api = Array.FindIndex(segments, s => string.Equals(s, "api", StringComparison.OrdinalIgnoreCase));
        return api > 0 ? segments[api - 1] : null;
    }
}

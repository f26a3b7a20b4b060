using System;
using SuperOfficeProvisioning.Engine.Http;
using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Engine.Tenants;
using SuperOfficeProvisioning.Engine.WebApi;

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
    public ScimCapabilities? ScimCapabilities => Scim?.Capabilities;

    public Uri? WebApiUrl => WebApi?.Url;

    /// <summary>The SuperID host that answers for the WebAPI side's tenant (sign-in, tenant status).</summary>
    public Uri? Authority => WebApi?.Authority;

    public string? AuthenticationType => WebApi?.Credential.Kind;

    public string? CertificateThumbprint => Pipeline.Options.PinnedCertificateSha256;

    public long RequestsSent => Pipeline.RequestsSent;

    public long Retries => Pipeline.Retries;

    public HttpPipeline Pipeline { get; }

    /// <summary>The shard of a tenant list this connection was made for (Connect-SoTenant -Shard), if any.</summary>
    public TenantShard? Shard { get; internal set; }

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

    /// <summary>A SCIM client for this connection's gateway.</summary>
    /// <exception cref="InvalidOperationException">The connection has no SCIM side.</exception>
    public ScimClient CreateScimClient() =>
        new ScimClient(Pipeline, Scim ?? throw new InvalidOperationException("The connection has no SCIM side."), MaxListedResources);

    /// <summary>A WebAPI client for this connection's tenant, for one command.</summary>
    /// <exception cref="InvalidOperationException">The connection has no WebAPI side.</exception>
    public WebApiClient CreateWebApiClient() =>
        new WebApiClient(Pipeline, WebApi ?? throw new InvalidOperationException("The connection has no WebAPI side."), MaxListedResources);

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

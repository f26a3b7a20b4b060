using System;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Auth;
using SuperOfficeProvisioning.Engine.Credentials;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;
using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Engine.Tenants;
using SuperOfficeProvisioning.Engine.WebApi;

namespace SuperOfficeProvisioning.Engine.Connections;

/// <summary>
/// The one place connections are made. It decides which HTTP pipeline a new connection uses (the current
/// connection's when it trusts the same certificate, so both sides of one tenant share it), applies the
/// transport policy before anything is sent, signs in, and disposes of a pipeline it made when the connection
/// could not be.
/// </summary>
public static class ConnectionFactory
{
    /// <summary>The SCIM side: the gateway's tenant URL and secret token (nothing is sent until it is used).</summary>
    public static Task<SoConnection> ConnectScimAsync(SoConnection? current, Uri scimUrl, Secret token, string? certificateThumbprint) =>
        ConnectAsync(current, certificateThumbprint, _ => Task.FromResult<(ScimEndpoint?, WebApiEndpoint?)>((new ScimEndpoint(scimUrl, token), null)));

    /// <summary>The WebAPI side with an access token the caller already holds; the tenant is read from the URL when not given.</summary>
    public static Task<SoConnection> ConnectWithAccessTokenAsync(SoConnection? current, Uri webApiUrl, Secret accessToken, string? contextIdentifier, string? certificateThumbprint) =>
        ConnectAsync(current, certificateThumbprint, _ =>
        {
            var context = contextIdentifier ?? WebApiEndpoint.ContextIdentifierFromUrl(webApiUrl)
                ?? throw new SoException(
                    "ContextIdentifierMissing",
                    SoErrorKind.InvalidArgument,
                    $"Cannot tell the tenant from '{Redaction.Url(webApiUrl)}': pass -ContextIdentifier (e.g. Cust12345) or a WebAPI URL like https://online.superoffice.com/Cust12345/api/.");
            return Task.FromResult<(ScimEndpoint?, WebApiEndpoint?)>((null, new WebApiEndpoint(webApiUrl, context, new AccessTokenCredential(accessToken))));
        });

    /// <summary>The WebAPI side, signed in through SuperID in a browser.</summary>
    public static Task<SoConnection> SignInInteractivelyAsync(SoConnection? current, InteractiveSignInRequest request, string? certificateThumbprint, CancellationToken cancellationToken)
    {
        TransportPolicy.EnsureAllowed(request.Authority, "Authority");
        return ConnectAsync(current, certificateThumbprint, async pipeline =>
            ((ScimEndpoint?)null, (WebApiEndpoint?)await InteractiveSignIn.SignInAsync(request, pipeline, cancellationToken).ConfigureAwait(false)));
    }

    /// <summary>The WebAPI side, signed in as the tenant's system user for the application.</summary>
    public static Task<SoConnection> SignInAsSystemUserAsync(SoConnection? current, SystemUserSignInRequest request, string? certificateThumbprint, CancellationToken cancellationToken)
    {
        TransportPolicy.EnsureAllowed(request.Authority, "Authority");
        return ConnectAsync(current, certificateThumbprint, async pipeline =>
            ((ScimEndpoint?)null, (WebApiEndpoint?)await SystemUserSignIn.SignInAsync(request, pipeline, cancellationToken).ConfigureAwait(false)));
    }

    /// <summary>
    /// One tenant of many, signed in as its system user (a tenant list piped to Connect-SoTenant): on a pipeline of
    /// its own, never the current connection's nor another tenant's, so that its requests, its throttling pauses and
    /// its refused credentials are its own. <paramref name="shard"/> is the shard it was picked for, if any.
    /// </summary>
    public static async Task<SoConnection> SignInOneOfManyAsync(SystemUserSignInRequest request, string? certificateThumbprint, TenantShard? shard, CancellationToken cancellationToken)
    {
        var connection = await SignInAsSystemUserAsync(null, request, certificateThumbprint, cancellationToken).ConfigureAwait(false);
        connection.Shard = shard;
        return connection;
    }

    /// <summary>
    /// Reads a tenant's state from the public status API, through <paramref name="connection"/>'s pipeline unless
    /// another certificate is to be trusted (or there is no connection): then through a pipeline of its own for this call.
    /// </summary>
    public static async Task<TenantStatus> ReadTenantStatusAsync(SoConnection? connection, Uri authority, string contextIdentifier, string? certificateThumbprint, CancellationToken cancellationToken)
    {
        TransportPolicy.EnsureAllowed(authority, "Authority");
        if (connection is not null && certificateThumbprint is null)
        {
            return await TenantStatusClient.GetAsync(connection.Pipeline, authority, contextIdentifier, cancellationToken).ConfigureAwait(false);
        }

        using var own = new HttpPipeline(Options(certificateThumbprint));
        return await TenantStatusClient.GetAsync(own, authority, contextIdentifier, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<SoConnection> ConnectAsync(SoConnection? current, string? certificateThumbprint, Func<HttpPipeline, Task<(ScimEndpoint? Scim, WebApiEndpoint? WebApi)>> sides)
    {
        var pipeline = SoConnection.PipelineFor(current, Options(certificateThumbprint));
        try
        {
            var (scim, webApi) = await sides(pipeline).ConfigureAwait(false);
            return SoConnection.Create(current, scim, webApi, pipeline);
        }
        catch
        {
            if (!ReferenceEquals(pipeline, current?.Pipeline))
            {
                pipeline.Dispose();
            }

            throw;
        }
    }

    private static HttpPipelineOptions Options(string? certificateThumbprint) => new HttpPipelineOptions
    {
        PinnedCertificateSha256 = certificateThumbprint is null ? null : TransportPolicy.NormaliseThumbprint(certificateThumbprint),
    };
}

using System;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Http;
using SuperOfficeProvisioning.Engine.Tenants;
using SuperOfficeProvisioning.Engine.Credentials;
using SuperOfficeProvisioning.Engine.WebApi;

namespace SuperOfficeProvisioning.Engine.Auth;

/// <summary>What a system user sign-in needs: the application's credentials and the tenant's consent token.</summary>
public sealed class SystemUserSignInRequest
{
    public SystemUserSignInRequest(Uri authority, string clientId, Secret clientSecret, string privateKeyPath, Secret systemUserToken, string contextIdentifier)
    {
        Authority = authority;
        ClientId = clientId;
        ClientSecret = clientSecret;
        PrivateKeyPath = privateKeyPath;
        SystemUserToken = systemUserToken;
        ContextIdentifier = contextIdentifier;
    }

    public Uri Authority { get; }

    public string ClientId { get; }

    internal Secret ClientSecret { get; }

    public string PrivateKeyPath { get; }

    internal Secret SystemUserToken { get; }

    public string ContextIdentifier { get; }
}

/// <summary>Connects an unattended job to a tenant's WebAPI as the application's system user.</summary>
public static class SystemUserSignIn
{
    /// <summary>
    /// Checks that the tenant runs (its status also names the WebAPI's base), reads the key, and fetches a first
    /// ticket so that bad credentials fail now rather than at the first command.
    /// </summary>
    public static async Task<WebApiEndpoint> SignInAsync(SystemUserSignInRequest request, HttpPipeline pipeline, CancellationToken cancellationToken)
    {
        var status = await TenantStatusClient.RequireRunningAsync(pipeline, request.Authority, request.ContextIdentifier, cancellationToken).ConfigureAwait(false);
        var credential = new SystemUserCredential(request, SystemUserKey.Load(request.PrivateKeyPath), pipeline);
        try
        {
            await credential.CurrentTicketAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            credential.Dispose();
            throw;
        }

        return new WebApiEndpoint(status.WebApiUrl!, request.ContextIdentifier, credential, request.Authority);
    }
}

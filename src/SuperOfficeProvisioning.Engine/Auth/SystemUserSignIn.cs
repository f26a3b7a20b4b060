using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Http;
using SuperOfficeProvisioning.Engine.Tenants;
using SuperOfficeProvisioning.Engine.WebApi;

namespace SuperOfficeProvisioning.Engine.Auth;

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

using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace SuperOfficeProvisioning.Engine.Credentials;

/// <summary>An access token the caller already has; it cannot be renewed.</summary>
public sealed class AccessTokenCredential : IWebApiCredential
{
    private readonly Secret _token;

    public AccessTokenCredential(Secret token) => _token = token;

    public string Kind => "AccessToken";

    public Task AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token.Reveal());
        return Task.CompletedTask;
    }

    public void Invalidate()
    {
    }
}

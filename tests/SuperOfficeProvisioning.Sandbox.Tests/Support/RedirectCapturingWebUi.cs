using System.Net;
using Microsoft.Identity.Client.Extensibility;

namespace SuperOfficeProvisioning.Sandbox.Tests.Support;

/// <summary>
/// MSAL's browser stand-in: GETs the authorize URL without following the redirect and hands MSAL the Location the
/// sandbox sent back (it consents at once, so there is no page to show).
/// </summary>
internal sealed class RedirectCapturingWebUi(HttpClient client) : ICustomWebUi
{
    public Uri? AuthorizationUri { get; private set; }

    public async Task<Uri> AcquireAuthorizationCodeAsync(Uri authorizationUri, Uri redirectUri, CancellationToken cancellationToken)
    {
        AuthorizationUri = authorizationUri;
        using var response = await client.GetAsync(authorizationUri, cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!;
    }
}

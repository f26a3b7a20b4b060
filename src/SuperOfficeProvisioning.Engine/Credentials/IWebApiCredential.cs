using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SuperOfficeProvisioning.Engine.Credentials;

/// <summary>How WebAPI requests are authorised: a bearer access token, or a system-user ticket.</summary>
public interface IWebApiCredential
{
    /// <summary>Shown to the user (never the secret itself): "AccessToken", "Interactive", "SystemUser".</summary>
    string Kind { get; }

    /// <summary>Adds the authorisation headers, renewing the credential first when it has expired.</summary>
    Task AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken);

    /// <summary>Called after a 401: drop what is cached so the next <see cref="AuthorizeAsync"/> renews.</summary>
    void Invalidate();
}

using System;
using SuperOfficeProvisioning.Engine.Credentials;
using SuperOfficeProvisioning.Engine.Http;
using SuperOfficeProvisioning.Engine.Tenants;

namespace SuperOfficeProvisioning.Engine.WebApi;

/// <summary>The tenant's WebAPI base (the id_token's <c>webapi_url</c>, e.g. https://sod.superoffice.com/Cust12345/api/).</summary>
public sealed class WebApiEndpoint
{
    public WebApiEndpoint(Uri url, string contextIdentifier, IWebApiCredential credential, Uri? authority = null)
    {
        TransportPolicy.EnsureAllowed(url, "WebApiUrl");
        Url = url.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? url : new Uri(url.AbsoluteUri + "/");
        ContextIdentifier = contextIdentifier;
        Credential = credential;
        Authority = SuperIdEnvironment.WithSlash(authority ?? SuperIdEnvironment.AuthorityOfWebApi(Url));
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

using System;
using System.Text.RegularExpressions;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Tenants;

/// <summary>SuperOffice's environments and their SuperID hosts.</summary>
public static class SuperIdEnvironment
{
    public static Uri AuthorityOf(string environment) => environment.ToLowerInvariant() switch
    {
        "sod" => new Uri("https://sod.superoffice.com/"),
        "qaonline" => new Uri("https://qaonline.superoffice.com/"),
        "online" => new Uri("https://online.superoffice.com/"),
        _ => throw new SoException("UnknownEnvironment", SoErrorKind.InvalidInput, $"Unknown environment '{environment}': use sod, qaonline or online."),
    };

    /// <summary>The OpenID Connect authority MSAL needs: SuperID publishes its discovery document under /login.</summary>
    public static Uri OidcAuthority(Uri authority) => new Uri(WithSlash(authority), "login");

    /// <summary>
    /// The SuperID host of a tenant reached at <paramref name="webApiUrl"/>: numbered hosts (sod2, online3) serve API
    /// data only, so their environment's host answers for them; any other host (a sandbox) answers for itself.
    /// </summary>
    public static Uri AuthorityOfWebApi(Uri webApiUrl)
    {
        var numbered = Regex.Match(webApiUrl.Host, @"^(sod|qaonline|online)[0-9]+(\.superoffice\.com)$", RegexOptions.IgnoreCase);
        var host = numbered.Success ? numbered.Groups[1].Value + numbered.Groups[2].Value : webApiUrl.Host;
        return new UriBuilder(webApiUrl.Scheme, host, numbered.Success ? -1 : webApiUrl.Port).Uri;
    }

    public static Uri WithSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? uri : new Uri(uri.AbsoluteUri + "/");
}

using System;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Auth;

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

    public static Uri WithSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? uri : new Uri(uri.AbsoluteUri + "/");
}

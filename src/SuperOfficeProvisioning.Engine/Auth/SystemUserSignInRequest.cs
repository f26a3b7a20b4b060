using System;
using SuperOfficeProvisioning.Engine.Credentials;

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

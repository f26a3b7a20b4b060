using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Hosting;

namespace SuperOfficeProvisioning.Sandbox.SuperId;

/// <summary>Builds the signed tokens SuperID hands out: the OpenID Connect id_token and the system user JWT.</summary>
internal sealed class SuperIdClaims(
    SigningKey signingKey,
    SandboxAddresses addresses,
    SystemUserConsent consent,
    TenantAdministrator administrator)
{
    public const string Prefix = "http://schemes.superoffice.net/identity/";
    public const string SystemUserIssuer = "SuperOffice AS";
    public const string Serial = "1000012345";

    private string CompanyName => $"Sandbox tenant {addresses.ContextIdentifier}";

    /// <summary>The administrator's id_token (OpenID Connect Core section 2), with SuperOffice's claims.</summary>
    public string CreateIdToken(string clientId, string? nonce)
    {
        var claims = StandardClaims(addresses.Issuer, clientId, CredentialStore.AccessTokenLifetime);
        claims["sub"] = administrator.Subject;
        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }

        AddTenantClaims(claims, TenantAdministrator.AssociateId, isAdministrator: true);
        claims[Prefix + "system_token"] = consent.Token;
        claims[Prefix + "upn"] = administrator.UserName;
        claims[Prefix + "email"] = administrator.Email ?? "";
        claims[Prefix + "identityprovider"] = SystemUserIssuer;
        return signingKey.CreateJwt(claims);
    }

    /// <summary>
    /// The JWT PartnerSystemUser/Authenticate returns: issuer 'SuperOffice AS', audience 'spn:{serial}' (the serial
    /// claim's value, validate-security-tokens.md), the ticket in a claim.
    /// </summary>
    public string CreateSystemUserToken(string ticket)
    {
        var claims = StandardClaims(SystemUserIssuer, "spn:" + Serial, CredentialStore.TicketLifetime);
        claims["sub"] = "SystemUser";
        claims[Prefix + "ticket"] = ticket;
        AddTenantClaims(claims, TenantAdministrator.SystemUserAssociateId, isAdministrator: false);
        return signingKey.CreateJwt(claims);
    }

    private static JsonObject StandardClaims(string issuer, string audience, TimeSpan lifetime)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new JsonObject
        {
            ["iss"] = issuer,
            ["aud"] = audience,
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + (long)lifetime.TotalSeconds,
        };
    }

    private void AddTenantClaims(JsonObject claims, int associateId, bool isAdministrator)
    {
        claims[Prefix + "ctx"] = addresses.ContextIdentifier;
        claims[Prefix + "webapi_url"] = addresses.WebApiUrl.AbsoluteUri;
        claims[Prefix + "netserver_url"] = addresses.NetServerUrl.AbsoluteUri;
        claims[Prefix + "is_administrator"] = isAdministrator ? "True" : "False";
        claims[Prefix + "associateid"] = associateId.ToString();
        claims[Prefix + "serial"] = Serial;
        claims[Prefix + "company_name"] = CompanyName;
    }
}

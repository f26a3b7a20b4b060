using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Hosting;

namespace SuperOfficeProvisioning.Sandbox.SuperId;

/// <summary>
/// <c>GET /login/.well-known/openid-configuration</c> (OpenID Connect Discovery 1.0) and <c>GET /login/.well-known/jwks</c>.
/// The issuer is the auth host without a trailing slash, as SuperID states it; MSAL accepts an issuer on the
/// authority's scheme and host.
/// </summary>
internal static class DiscoveryEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/login/.well-known/openid-configuration", (SandboxAddresses addresses) =>
            Results.Json(Document(addresses)));
        routes.MapGet("/login/.well-known/jwks", (SigningKey key) => Results.Json(key.ToJwks()));
    }

    private static JsonObject Document(SandboxAddresses addresses) => new()
    {
        ["issuer"] = addresses.Issuer,
        ["authorization_endpoint"] = addresses.Login("common/oauth/authorize").AbsoluteUri,
        ["token_endpoint"] = addresses.Login("common/oauth/tokens").AbsoluteUri,
        ["jwks_uri"] = addresses.Login(".well-known/jwks").AbsoluteUri,
        ["response_types_supported"] = Array("code"),
        ["response_modes_supported"] = Array("query", "fragment", "form_post"),
        ["grant_types_supported"] = Array("authorization_code", "refresh_token"),
        ["subject_types_supported"] = Array("public"),
        ["id_token_signing_alg_values_supported"] = Array("RS256"),
        ["scopes_supported"] = Array("openid"),
        // As SuperID's discovery lists them; a native app's PKCE sign-in sends no secret all the same (native-apps.md).
        ["token_endpoint_auth_methods_supported"] = Array("client_secret_post", "client_secret_basic"),
        ["code_challenge_methods_supported"] = Array("S256", "plain"),
        ["claims_supported"] = Array(
            "iss", "sub", "aud", "exp", "iat", "nbf", "nonce",
            SuperIdClaims.Prefix + "ctx", SuperIdClaims.Prefix + "webapi_url", SuperIdClaims.Prefix + "netserver_url",
            SuperIdClaims.Prefix + "system_token", SuperIdClaims.Prefix + "is_administrator",
            SuperIdClaims.Prefix + "associateid", SuperIdClaims.Prefix + "upn", SuperIdClaims.Prefix + "email",
            SuperIdClaims.Prefix + "serial", SuperIdClaims.Prefix + "company_name",
            SuperIdClaims.Prefix + "identityprovider"),
    };

    private static JsonArray Array(params string[] values) => new(values.Select(value => (JsonNode?)value).ToArray());
}

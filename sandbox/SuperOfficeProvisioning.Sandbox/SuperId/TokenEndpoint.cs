using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Primitives;
using SuperOfficeProvisioning.Sandbox.Hosting;

namespace SuperOfficeProvisioning.Sandbox.SuperId;

/// <summary>
/// <c>POST /login/common/oauth/tokens</c>: the authorization_code grant (with the PKCE verifier check) and the
/// refresh_token grant (RFC 6749 sections 4.1.3 and 6). Public clients prove themselves with PKCE; a client that sends
/// a secret must send the right one.
/// </summary>
internal static class TokenEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) => routes.MapPost("/login/common/oauth/tokens", HandleAsync);

    private static async Task<IResult> HandleAsync(
        HttpContext context, SandboxApplication application, CredentialStore credentials, SuperIdClaims claims)
    {
        if (!context.Request.HasFormContentType)
        {
            return OAuthErrors.Token(context, "invalid_request", "The body must be application/x-www-form-urlencoded.");
        }

        var form = await context.Request.ReadFormAsync();
        var client = ClientCredentials.Read(context.Request, form);
        if (client.Id != application.ClientId || (client.Secret is not null && !application.IsClientSecret(client.Secret)))
        {
            return OAuthErrors.Token(context, "invalid_client", "Client authentication failed.", client.UsedBasic);
        }

        var grantType = form["grant_type"].ToString();
        return grantType switch
        {
            "authorization_code" => RedeemCode(context, form, client, credentials, claims),
            "refresh_token" => Refresh(context, form, client, credentials, claims),
            _ => OAuthErrors.Token(context, "unsupported_grant_type",
                $"grant_type '{grantType}' is not supported; use authorization_code or refresh_token."),
        };
    }

    private static IResult RedeemCode(
        HttpContext context, IFormCollection form, ClientCredentials client, CredentialStore credentials, SuperIdClaims claims)
    {
        if (credentials.RedeemCode(form["code"].ToString()) is not { } grant || grant.ClientId != client.Id)
        {
            return OAuthErrors.Token(context, "invalid_grant", "The code is unknown, expired or already used.");
        }

        if (!SameRedirect(form["redirect_uri"], grant.RedirectUri))
        {
            return OAuthErrors.Token(context, "invalid_grant", "redirect_uri does not match the authorization request.");
        }

        if (grant.CodeChallenge is not null)
        {
            if (!Pkce.Verify(form["code_verifier"].ToString(), grant.CodeChallenge, grant.CodeChallengeMethod!))
            {
                return OAuthErrors.Token(context, "invalid_grant", "code_verifier does not match the code_challenge.");
            }
        }
        else if (client.Secret is null)
        {
            return OAuthErrors.Token(context, "invalid_client",
                "Without PKCE the client must authenticate with its client_secret.", client.UsedBasic);
        }

        var native = grant.CodeChallenge is not null && client.Secret is null;
        return Issue(context, new Caller(grant.AssociateId, client.Id, CallerKind.User, native), grant.Nonce, credentials, claims);
    }

    private static IResult Refresh(
        HttpContext context, IFormCollection form, ClientCredentials client, CredentialStore credentials, SuperIdClaims claims)
    {
        var refreshToken = form["refresh_token"].ToString();
        if (credentials.FindRefreshToken(refreshToken) is not { } caller || caller.ClientId != client.Id)
        {
            return OAuthErrors.Token(context, "invalid_grant", "The refresh token is unknown or was issued to another client.");
        }

        // auth-code-flow.md: the refresh request carries the client_secret; a native app's PKCE sign-in has none to send.
        if (!caller.Native && client.Secret is null)
        {
            return OAuthErrors.Token(context, "invalid_client", "The refresh request must carry the client_secret.", client.UsedBasic);
        }

        return Issue(context, caller, nonce: null, credentials, claims, refreshToken);
    }

    private static IResult Issue(
        HttpContext context, Caller caller, string? nonce, CredentialStore credentials, SuperIdClaims claims,
        string? refreshToken = null)
    {
        OAuthErrors.NoStore(context);
        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = credentials.IssueAccessToken(caller),
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)CredentialStore.AccessTokenLifetime.TotalSeconds,
            ["refresh_token"] = refreshToken ?? credentials.IssueRefreshToken(caller),
            ["id_token"] = claims.CreateIdToken(caller.ClientId, nonce),
            ["scope"] = "openid",
        });
    }

    private static bool SameRedirect(StringValues sent, string authorized) =>
        Uri.TryCreate(sent.ToString(), UriKind.Absolute, out var sentUri) &&
        Uri.TryCreate(authorized, UriKind.Absolute, out var authorizedUri) &&
        sentUri == authorizedUri;

    /// <summary>Client credentials from HTTP Basic (RFC 6749 section 2.3.1) or from the form.</summary>
    private sealed record ClientCredentials(string Id, string? Secret, bool UsedBasic)
    {
        public static ClientCredentials Read(HttpRequest request, IFormCollection form)
        {
            if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header) &&
                header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is not null)
            {
                try
                {
                    var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter)).Split(':', 2);
                    return new ClientCredentials(WebUtility.UrlDecode(pair[0]),
                        pair.Length > 1 ? WebUtility.UrlDecode(pair[1]) : "", UsedBasic: true);
                }
                catch (FormatException)
                {
                    return new ClientCredentials("", null, UsedBasic: true);
                }
            }

            var secret = form["client_secret"].ToString();
            return new ClientCredentials(form["client_id"].ToString(), secret.Length > 0 ? secret : null, UsedBasic: false);
        }
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Web;
using SuperOfficeProvisioning.Sandbox.Tests.Support;

namespace SuperOfficeProvisioning.Sandbox.Tests;

/// <summary>SuperID's OpenID Connect endpoints: discovery, authorize, tokens (RFC 6749, RFC 7636, OpenID Connect Core).</summary>
public sealed class SuperIdTests(SharedSandbox shared) : IClassFixture<SharedSandbox>
{
    private const string Claim = "http://schemes.superoffice.net/identity/";
    private readonly TestSandbox _sandbox = shared.Sandbox;

    [Fact]
    public async Task Discovery_names_the_issuer_and_the_endpoints()
    {
        var document = await (await _sandbox.Http.GetAsync("login/.well-known/openid-configuration")).ExpectJsonAsync(HttpStatusCode.OK);

        var authority = _sandbox.Details.Authority.AbsoluteUri;
        Assert.Equal(authority.TrimEnd('/'), document["issuer"]!.GetValue<string>());
        Assert.Equal(authority + "login/common/oauth/authorize", document["authorization_endpoint"]!.GetValue<string>());
        Assert.Equal(authority + "login/common/oauth/tokens", document["token_endpoint"]!.GetValue<string>());
        Assert.Equal(authority + "login/.well-known/jwks", document["jwks_uri"]!.GetValue<string>());
        Assert.Contains("S256", document["code_challenge_methods_supported"]!.AsArray().Select(node => node!.GetValue<string>()));
        Assert.Contains("RS256", document["id_token_signing_alg_values_supported"]!.AsArray().Select(node => node!.GetValue<string>()));
    }

    [Fact]
    public async Task The_code_flow_with_pkce_issues_tokens_and_a_signed_id_token_with_SuperOffice_claims()
    {
        var client = new AuthorizationCodeClient(_sandbox);

        var redirect = await client.RedirectParametersAsync();
        var tokens = await (await client.RedeemAsync(redirect["code"]!)).ExpectJsonAsync(HttpStatusCode.OK);

        Assert.Equal("state-123", redirect["state"]);
        Assert.StartsWith("8A:Cust12345.", tokens["access_token"]!.GetValue<string>());
        Assert.Equal("Bearer", tokens["token_type"]!.GetValue<string>());
        Assert.Equal(3600, tokens["expires_in"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(tokens["refresh_token"]!.GetValue<string>()));

        var idToken = tokens["id_token"]!.GetValue<string>();
        var jwks = await (await _sandbox.Http.GetAsync("login/.well-known/jwks")).ExpectJsonAsync(HttpStatusCode.OK);
        Assert.True(Jwt.HasValidSignature(idToken, jwks));
        Assert.Equal("RS256", Jwt.Header(idToken)["alg"]!.GetValue<string>());
        var claims = Jwt.Payload(idToken);
        Assert.Equal(_sandbox.Details.Authority.AbsoluteUri.TrimEnd('/'), claims["iss"]!.GetValue<string>());
        Assert.Equal(_sandbox.Details.ClientId, claims["aud"]!.GetValue<string>());
        Assert.Equal("nonce-456", claims["nonce"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(claims["sub"]!.GetValue<string>()));
        Assert.True(claims["exp"]!.GetValue<long>() > claims["iat"]!.GetValue<long>());
        Assert.Equal("Cust12345", claims[Claim + "ctx"]!.GetValue<string>());
        Assert.Equal(_sandbox.Details.WebApiUrl.AbsoluteUri, claims[Claim + "webapi_url"]!.GetValue<string>());
        Assert.Equal(_sandbox.Details.SystemUserToken, claims[Claim + "system_token"]!.GetValue<string>());
        Assert.Equal(_sandbox.Details.AdminUserName, claims[Claim + "upn"]!.GetValue<string>());
        Assert.Equal("True", claims[Claim + "is_administrator"]!.GetValue<string>());
        foreach (var name in new[] { "netserver_url", "associateid", "email", "serial", "company_name", "identityprovider" })
        {
            Assert.True(claims.ContainsKey(Claim + name), $"The id_token lacks {name}.");
        }

        using var api = _sandbox.CreateClient(_sandbox.RestUrl,
            headers => headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens["access_token"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("List")).StatusCode);
    }

    [Fact]
    public async Task A_code_is_single_use()
    {
        var client = new AuthorizationCodeClient(_sandbox);
        var code = await client.CodeAsync();

        var first = await client.RedeemAsync(code);
        var second = await client.RedeemAsync(code);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await ExpectOAuthErrorAsync(second, HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task A_wrong_code_verifier_is_refused()
    {
        var client = new AuthorizationCodeClient(_sandbox);
        var wrongVerifier = new string('a', 43);

        var response = await client.RedeemAsync(await client.CodeAsync(), wrongVerifier);

        await ExpectOAuthErrorAsync(response, HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task The_plain_pkce_method_is_accepted()
    {
        var client = new AuthorizationCodeClient(_sandbox);
        var redirect = await client.RedirectParametersAsync(("code_challenge", client.Verifier), ("code_challenge_method", "plain"));

        var response = await client.RedeemAsync(redirect["code"]!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Without_pkce_the_client_secret_is_required()
    {
        var client = new AuthorizationCodeClient(_sandbox);
        var redirect = await client.RedirectParametersAsync(("code_challenge", null), ("code_challenge_method", null));
        var secondRedirect = await client.RedirectParametersAsync(("code_challenge", null), ("code_challenge_method", null));

        var withoutSecret = await client.RedeemAsync(redirect["code"]!);
        var withSecret = await client.TokenAsync(("grant_type", "authorization_code"), ("code", secondRedirect["code"]!),
            ("redirect_uri", client.RedirectUri), ("client_id", _sandbox.Details.ClientId),
            ("client_secret", _sandbox.Details.ClientSecret));

        await ExpectOAuthErrorAsync(withoutSecret, HttpStatusCode.Unauthorized, "invalid_client");
        Assert.Equal(HttpStatusCode.OK, withSecret.StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_gets_a_new_access_token()
    {
        var client = new AuthorizationCodeClient(_sandbox);
        var tokens = await client.SignInAsync();

        var refreshed = await (await client.TokenAsync(("grant_type", "refresh_token"),
            ("refresh_token", tokens["refresh_token"]!.GetValue<string>()), ("client_id", _sandbox.Details.ClientId)))
            .ExpectJsonAsync(HttpStatusCode.OK);
        var forged = await client.TokenAsync(("grant_type", "refresh_token"), ("refresh_token", "forged"),
            ("client_id", _sandbox.Details.ClientId));

        Assert.NotEqual(tokens["access_token"]!.GetValue<string>(), refreshed["access_token"]!.GetValue<string>());
        await ExpectOAuthErrorAsync(forged, HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task A_web_app_refreshes_with_its_client_secret_and_is_refused_without_it()
    {
        // auth-code-flow.md: the refresh request carries client_secret. (A native app's PKCE sign-in, above, has none.)
        var client = new AuthorizationCodeClient(_sandbox);
        var redirect = await client.RedirectParametersAsync(("code_challenge", null), ("code_challenge_method", null));
        var tokens = await (await client.TokenAsync(("grant_type", "authorization_code"), ("code", redirect["code"]!),
            ("redirect_uri", client.RedirectUri), ("client_id", _sandbox.Details.ClientId),
            ("client_secret", _sandbox.Details.ClientSecret))).ExpectJsonAsync(HttpStatusCode.OK);
        var refreshToken = tokens["refresh_token"]!.GetValue<string>();

        var withoutSecret = await client.TokenAsync(("grant_type", "refresh_token"), ("refresh_token", refreshToken), ("client_id", _sandbox.Details.ClientId));
        var withSecret = await client.TokenAsync(("grant_type", "refresh_token"), ("refresh_token", refreshToken),
            ("client_id", _sandbox.Details.ClientId), ("client_secret", _sandbox.Details.ClientSecret));
        var discovery = await (await _sandbox.Http.GetAsync("login/.well-known/openid-configuration")).ExpectJsonAsync(HttpStatusCode.OK);

        await ExpectOAuthErrorAsync(withoutSecret, HttpStatusCode.Unauthorized, "invalid_client");
        Assert.Equal(HttpStatusCode.OK, withSecret.StatusCode);
        Assert.Equal(["client_secret_post", "client_secret_basic"], discovery["token_endpoint_auth_methods_supported"]!.AsArray().Select(m => m!.GetValue<string>()));
    }

    [Theory]
    [InlineData("client_credentials", "unsupported_grant_type")]
    [InlineData("password", "unsupported_grant_type")]
    public async Task Grants_SuperID_does_not_offer_are_refused(string grantType, string error)
    {
        var client = new AuthorizationCodeClient(_sandbox);

        var response = await client.TokenAsync(("grant_type", grantType), ("client_id", _sandbox.Details.ClientId));

        await ExpectOAuthErrorAsync(response, HttpStatusCode.BadRequest, error);
    }

    [Fact]
    public async Task An_unknown_client_or_a_wrong_secret_is_invalid_client()
    {
        var client = new AuthorizationCodeClient(_sandbox);

        var unknown = await client.TokenAsync(("grant_type", "refresh_token"), ("refresh_token", "x"), ("client_id", "nobody"));
        var wrongSecret = await client.TokenAsync(("grant_type", "refresh_token"), ("refresh_token", "x"),
            ("client_id", _sandbox.Details.ClientId), ("client_secret", "wrong"));

        await ExpectOAuthErrorAsync(unknown, HttpStatusCode.Unauthorized, "invalid_client");
        await ExpectOAuthErrorAsync(wrongSecret, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Theory]
    [InlineData("client_id", "someone-else")]
    [InlineData("redirect_uri", "https://evil.example/callback")]
    [InlineData("redirect_uri", "http://192.0.2.1:8080/callback")]
    [InlineData("redirect_uri", "http://127.0.0.1:1/not-registered/")]
    public async Task An_unknown_client_or_redirect_uri_is_shown_not_redirected(string name, string value)
    {
        var client = new AuthorizationCodeClient(_sandbox);

        var response = await client.AuthorizeAsync((name, value));

        Assert.Null(response.Headers.Location);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("scope", "profile", "invalid_scope")]
    [InlineData("response_type", "token", "unsupported_response_type")]
    [InlineData("acr_values", "tenant:Cust99999", "access_denied")]
    [InlineData("code_challenge_method", "S512", "invalid_request")]
    public async Task Bad_authorization_requests_are_redirected_with_an_error_and_the_state(string name, string value, string error)
    {
        var client = new AuthorizationCodeClient(_sandbox);

        var redirect = await client.RedirectParametersAsync((name, value));

        Assert.Equal(error, redirect["error"]);
        Assert.Equal("state-123", redirect["state"]);
        Assert.Null(redirect["code"]);
    }

    [Fact]
    public async Task Only_a_registered_redirect_uri_is_accepted_exactly_and_unknown_scopes_are_ignored()
    {
        // native-apps.md: the redirect URI must match one registered for the application; localhost, another port or
        // another path is not that one.
        var client = new AuthorizationCodeClient(_sandbox);
        var registered = _sandbox.Details.RedirectUri;

        using var accepted = await client.AuthorizeAsync(("scope", "openid unknown.scope"));
        using var localhost = await client.AuthorizeAsync(("redirect_uri", $"http://localhost:{registered.Port}{registered.AbsolutePath}"));
        using var otherPath = await client.AuthorizeAsync(("redirect_uri", new Uri(registered, "elsewhere/").AbsoluteUri));

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.NotNull(HttpUtility.ParseQueryString(accepted.Headers.Location!.Query)["code"]);
        Assert.Equal(HttpStatusCode.BadRequest, localhost.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, otherPath.StatusCode);
        Assert.Null(otherPath.Headers.Location);
    }

    [Fact]
    public async Task Form_post_response_mode_returns_an_auto_submitting_form()
    {
        var client = new AuthorizationCodeClient(_sandbox);

        using var response = await client.AuthorizeAsync(("response_mode", "form_post"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"action=\"{client.RedirectUri}\"", html);
        Assert.Contains("name=\"code\"", html);
        Assert.Contains("name=\"state\" value=\"state-123\"", html);
    }

    private static async Task ExpectOAuthErrorAsync(HttpResponseMessage response, HttpStatusCode status, string error)
    {
        var body = await response.ExpectJsonAsync(status);
        Assert.Equal(error, body["error"]!.GetValue<string>());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "");
    }
}

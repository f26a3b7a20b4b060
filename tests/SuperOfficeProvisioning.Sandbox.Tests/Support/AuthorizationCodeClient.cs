using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;

namespace SuperOfficeProvisioning.Sandbox.Tests.Support;

/// <summary>Drives SuperID's authorize and token endpoints by hand, as a native app would.</summary>
internal sealed class AuthorizationCodeClient(TestSandbox sandbox)
{
    /// <summary>The redirect URI registered for the sandbox's application: SuperID accepts only a registered one.</summary>
    public string RedirectUri { get; } = sandbox.Details.RedirectUri.AbsoluteUri;

    public string Verifier { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

    public string Challenge => Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The authorize request's query with the usual parameters; <paramref name="changes"/> replaces or (null) drops some.</summary>
    public string AuthorizeQuery(params (string Name, string? Value)[] changes)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = sandbox.Details.ClientId,
            ["redirect_uri"] = RedirectUri,
            ["response_type"] = "code",
            ["scope"] = "openid profile offline_access",
            ["state"] = "state-123",
            ["nonce"] = "nonce-456",
            ["acr_values"] = "tenant:Cust12345",
            ["code_challenge"] = Challenge,
            ["code_challenge_method"] = "S256",
            ["client_info"] = "1",
        };
        foreach (var (name, value) in changes)
        {
            parameters[name] = value;
        }

        return string.Join('&', parameters.Where(pair => pair.Value is not null)
            .Select(pair => $"{pair.Key}={Uri.EscapeDataString(pair.Value!)}"));
    }

    public Task<HttpResponseMessage> AuthorizeAsync(params (string Name, string? Value)[] changes) =>
        sandbox.Http.GetAsync("login/common/oauth/authorize?" + AuthorizeQuery(changes));

    /// <summary>Authorizes and returns the parameters the redirect carried back.</summary>
    public async Task<System.Collections.Specialized.NameValueCollection> RedirectParametersAsync(
        params (string Name, string? Value)[] changes)
    {
        using var response = await AuthorizeAsync(changes);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(RedirectUri, location.AbsoluteUri);
        return HttpUtility.ParseQueryString(location.Query);
    }

    public async Task<string> CodeAsync() => (await RedirectParametersAsync())["code"]!;

    public Task<HttpResponseMessage> TokenAsync(params (string Name, string Value)[] form) =>
        sandbox.Http.PostAsync("login/common/oauth/tokens",
            new FormUrlEncodedContent(form.Select(pair => new KeyValuePair<string, string>(pair.Name, pair.Value))));

    public Task<HttpResponseMessage> RedeemAsync(string code, string? verifier = null) => TokenAsync(
        ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", RedirectUri),
        ("client_id", sandbox.Details.ClientId), ("code_verifier", verifier ?? Verifier));

    public async Task<JsonNode> SignInAsync()
    {
        using var response = await RedeemAsync(await CodeAsync());
        return await response.ExpectJsonAsync(HttpStatusCode.OK);
    }
}

using System.Net;
using System.Net.Http.Headers;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.Extensibility;
using SuperOfficeProvisioning.Sandbox.Tests.Support;

namespace SuperOfficeProvisioning.Sandbox.Tests;

/// <summary>The real MSAL.NET completes SuperID's authorization code flow (with PKCE) and refreshes against the sandbox.</summary>
public sealed class MsalTests
{
    private static readonly string[] Scopes = ["openid"];

    [Fact]
    public async Task Msal_signs_in_interactively_with_pkce_then_refreshes_silently()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var httpFactory = new PinnedMsalHttpClientFactory(sandbox.Details.CertificateThumbprint);
        var redirectUri = sandbox.Details.RedirectUri.AbsoluteUri;
        var msal = PublicClientApplicationBuilder.Create(sandbox.Details.ClientId)
            .WithExperimentalFeatures() // MSAL 4.92 marks WithOidcAuthority experimental for public clients; set it first
            .WithOidcAuthority(new Uri(sandbox.Details.Authority, "login").AbsoluteUri)
            .WithRedirectUri(redirectUri)
            .WithHttpClientFactory(httpFactory)
            .Build();
        var browser = new RedirectCapturingWebUi(sandbox.Http);

        var signedIn = await msal.AcquireTokenInteractive(Scopes)
            .WithExtraQueryParameters(new Dictionary<string, (string, bool)> { ["acr_values"] = ("tenant:Cust12345", false) })
            .WithCustomWebUi(browser)
            .ExecuteAsync();
        var refreshed = await msal.AcquireTokenSilent(Scopes, signedIn.Account).WithForceRefresh(true).ExecuteAsync();

        var query = System.Web.HttpUtility.ParseQueryString(browser.AuthorizationUri!.Query);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.StartsWith("8A:Cust12345.", signedIn.AccessToken);
        Assert.StartsWith("8A:Cust12345.", refreshed.AccessToken);
        Assert.NotEqual(signedIn.AccessToken, refreshed.AccessToken);

        var claims = refreshed.ClaimsPrincipal.Claims.ToDictionary(claim => claim.Type, claim => claim.Value);
        Assert.Equal(sandbox.Details.WebApiUrl.AbsoluteUri, claims["http://schemes.superoffice.net/identity/webapi_url"]);
        Assert.Equal(sandbox.Details.SystemUserToken, claims["http://schemes.superoffice.net/identity/system_token"]);

        using var api = sandbox.CreateClient(sandbox.RestUrl,
            headers => headers.Authorization = new AuthenticationHeaderValue("Bearer", refreshed.AccessToken));
        var principal = await (await api.GetAsync("User/currentPrincipal")).ExpectJsonAsync(HttpStatusCode.OK);
        Assert.Equal(sandbox.Details.AdminUserName, principal["UserName"]!.GetValue<string>());
    }
}

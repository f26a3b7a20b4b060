using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;

namespace SuperOfficeProvisioning.Engine.Auth;

/// <summary>What an interactive SuperID sign-in needs.</summary>
public sealed class InteractiveSignInRequest
{
    public InteractiveSignInRequest(Uri authority, string clientId, string contextIdentifier)
    {
        Authority = authority;
        ClientId = clientId;
        ContextIdentifier = contextIdentifier;
    }

    public Uri Authority { get; }

    public string ClientId { get; }

    public string ContextIdentifier { get; }

    /// <summary>Opens the sign-in page; the system browser when not set.</summary>
    public Func<Uri, Task>? OpenBrowser { get; set; }
}

/// <summary>
/// Signs an administrator in with SuperID: authorization code with PKCE in the system browser, a loopback
/// redirect, and the tenant chosen up front with <c>acr_values</c>. The WebAPI URL comes from the id_token.
/// </summary>
public static class InteractiveSignIn
{
    public static async Task<WebApiEndpoint> SignInAsync(InteractiveSignInRequest request, HttpPipeline pipeline, CancellationToken cancellationToken)
    {
        IPublicClientApplication app;
        AuthenticationResult result;
        try
        {
            app = PublicClientApplicationBuilder.Create(request.ClientId)
                .WithOidcAuthority(SuperIdEnvironment.OidcAuthority(request.Authority).AbsoluteUri)
                .WithRedirectUri("http://127.0.0.1")
                .WithHttpClientFactory(new PipelineHttpClientFactory(pipeline))
                .Build();

            var acquire = app.AcquireTokenInteractive(Array.Empty<string>())
                .WithUseEmbeddedWebView(false)
                .WithExtraQueryParameters(new Dictionary<string, (string, bool)> { ["acr_values"] = ("tenant:" + request.ContextIdentifier, false) });
            if (request.OpenBrowser is not null)
            {
                acquire = acquire.WithSystemWebViewOptions(new SystemWebViewOptions { OpenBrowserAsync = request.OpenBrowser });
            }

            result = await acquire.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (MsalException ex)
        {
            throw new SoException("SignInFailed", SoErrorKind.Authentication, $"SuperID sign-in at {request.Authority} failed: {ex.Message}", ex);
        }

        var claims = IdTokenClaims.Parse(result.IdToken);
        if (!string.Equals(claims.ContextIdentifier, request.ContextIdentifier, StringComparison.OrdinalIgnoreCase) || claims.WebApiUrl is null)
        {
            throw new SoException(
                "WrongTenant",
                SoErrorKind.Authentication,
                $"SuperID signed you in to tenant '{claims.ContextIdentifier}', not '{request.ContextIdentifier}'.");
        }

        return new WebApiEndpoint(new Uri(claims.WebApiUrl), request.ContextIdentifier, new MsalCredential(app, result));
    }

    /// <summary>Access tokens from MSAL's cache, refreshed silently when they expire.</summary>
    private sealed class MsalCredential : IWebApiCredential
    {
        private readonly IPublicClientApplication _app;
        private readonly IAccount _account;
        private bool _forceRefresh;

        public MsalCredential(IPublicClientApplication app, AuthenticationResult first)
        {
            _app = app;
            _account = first.Account;
        }

        public string Kind => "Interactive";

        public async Task AuthorizeAsync(System.Net.Http.HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var result = await _app.AcquireTokenSilent(Array.Empty<string>(), _account)
                .WithForceRefresh(_forceRefresh)
                .ExecuteAsync(cancellationToken)
                .ConfigureAwait(false);
            _forceRefresh = false;
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", result.AccessToken);
        }

        public void Invalidate() => _forceRefresh = true;
    }
}

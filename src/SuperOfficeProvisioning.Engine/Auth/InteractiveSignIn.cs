using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.Extensibility;
using SuperOfficeProvisioning.Engine.Credentials;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;
using SuperOfficeProvisioning.Engine.Tenants;
using SuperOfficeProvisioning.Engine.WebApi;

namespace SuperOfficeProvisioning.Engine.Auth;

/// <summary>
/// Signs an administrator in with SuperID: MSAL's public client, authorization code with PKCE, the browser coming
/// back to a loopback redirect (RFC 8252), and the tenant chosen up front with <c>acr_values</c>. A persisted token
/// cache is tried silently first. The WebAPI URL and the context identifier come from the id_token.
/// </summary>
public static class InteractiveSignIn
{
    public static async Task<WebApiEndpoint> SignInAsync(InteractiveSignInRequest request, HttpPipeline pipeline, CancellationToken cancellationToken)
    {
        using var browser = new LoopbackBrowser(request.OpenBrowser ?? SystemBrowser.OpenAsync, request.SignInTimeout, request.RedirectUri);
        IPublicClientApplication app;
        AuthenticationResult result;
        try
        {
            // Built first: MSAL's own checks of the authority need no request.
            app = PublicClientApplicationBuilder.Create(request.ClientId)
                .WithExperimentalFeatures() // MSAL marks a generic OIDC authority experimental for public clients
                .WithOidcAuthority(SuperIdEnvironment.OidcAuthority(request.Authority).AbsoluteUri)
                .WithRedirectUri(browser.RedirectUri.AbsoluteUri)
                .WithHttpClientFactory(new PipelineHttpClientFactory(pipeline))
                .Build();
            if (request.TokenCachePath is not null)
            {
                await PersistentTokenCache.AttachAsync(app.UserTokenCache, request.TokenCachePath, request.AllowUnprotectedTokenCache).ConfigureAwait(false);
            }

            await TenantStatusClient.RequireRunningAsync(pipeline, request.Authority, request.ContextIdentifier, cancellationToken).ConfigureAwait(false);

            result = await SilentlyAsync(app, request.ContextIdentifier, cancellationToken).ConfigureAwait(false)
                ?? await app.AcquireTokenInteractive(Array.Empty<string>())
                    .WithCustomWebUi(browser)
                    .WithExtraQueryParameters(new Dictionary<string, (string, bool)> { ["acr_values"] = ("tenant:" + request.ContextIdentifier, false) })
                    .ExecuteAsync(cancellationToken)
                    .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is MsalException || ex is ArgumentException)
        {
            // MSAL refuses an unusable authority (plain http, say) with an ArgumentException.
            throw new SoException("SignInFailed", SoErrorKind.Authentication, $"SuperID sign-in at {Redaction.Url(request.Authority)} failed: {ex.Message}", ex);
        }

        var claims = IdTokenClaims.Parse(result.IdToken);
        if (!string.Equals(claims.ContextIdentifier, request.ContextIdentifier, StringComparison.OrdinalIgnoreCase) || claims.WebApiUrl is null)
        {
            throw new SoException(
                "WrongTenant",
                SoErrorKind.Authentication,
                $"SuperID signed you in to tenant '{claims.ContextIdentifier}', not '{request.ContextIdentifier}'.");
        }

        return new WebApiEndpoint(new Uri(claims.WebApiUrl), request.ContextIdentifier, new MsalCredential(app, result), request.Authority);
    }

    /// <summary>A sign-in from the cache (refreshing when needed) for an account of this tenant; null when there is none.</summary>
    private static async Task<AuthenticationResult?> SilentlyAsync(IPublicClientApplication app, string contextIdentifier, CancellationToken cancellationToken)
    {
        IEnumerable<IAccount> accounts;
        try
        {
            accounts = await app.GetAccountsAsync().ConfigureAwait(false);
        }
        catch (MsalException ex)
        {
            // MSAL's cache helper clears a persisted cache it cannot read, so the browser sign-in that follows starts afresh.
            EngineLog.Current.Warning($"The token cache could not be read ({ex.ErrorCode}) and was cleared; signing in afresh.");
            return null;
        }

        foreach (var account in accounts)
        {
            try
            {
                var result = await app.AcquireTokenSilent(Array.Empty<string>(), account).ExecuteAsync(cancellationToken).ConfigureAwait(false);
                if (string.Equals(IdTokenClaims.Parse(result.IdToken).ContextIdentifier, contextIdentifier, StringComparison.OrdinalIgnoreCase))
                {
                    EngineLog.Current.Verbose($"Signed in to {contextIdentifier} silently, from the token cache.");
                    return result;
                }
            }
            catch (MsalUiRequiredException)
            {
                // The refresh token is gone or expired: this account needs the browser again.
            }
            catch (SoException)
            {
                // A cached id_token that cannot be read is no sign-in.
            }
        }

        return null;
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
            AuthenticationResult result;
            try
            {
                result = await _app.AcquireTokenSilent(Array.Empty<string>(), _account)
                    .WithForceRefresh(_forceRefresh)
                    .ExecuteAsync(cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (MsalUiRequiredException ex)
            {
                throw new SoException("SignInExpired", SoErrorKind.Authentication, "The SuperID sign-in has expired: run Connect-SoTenant again.", ex);
            }

            _forceRefresh = false;
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", result.AccessToken);
        }

        public void Invalidate() => _forceRefresh = true;
    }
}

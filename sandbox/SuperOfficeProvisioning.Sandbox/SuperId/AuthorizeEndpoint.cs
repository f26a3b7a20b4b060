using SuperOfficeProvisioning.Sandbox.Hosting;

namespace SuperOfficeProvisioning.Sandbox.SuperId;

/// <summary>
/// <c>GET|POST /login/common/oauth/authorize</c>: the authorization code flow with automatic consent. There is no login
/// page: the configured tenant administrator "signs in" and the browser is sent straight back with code and state.
/// Parameters SuperID does not know (MSAL's client_info, x-client-*, prompt, login_hint …) are ignored.
/// </summary>
internal static class AuthorizeEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapMethods("/login/common/oauth/authorize", [HttpMethods.Get, HttpMethods.Post], HandleAsync);

    private static async Task<IResult> HandleAsync(
        HttpContext context, SandboxApplication application, SandboxAddresses addresses, CredentialStore credentials)
    {
        var parameters = await ReadParametersAsync(context.Request);
        string? Parameter(string name) => parameters.TryGetValue(name, out var value) ? value : null;

        // Errors about the client or the redirect URI are shown, never redirected (RFC 6749 section 4.1.2.1).
        if (Parameter("client_id") != application.ClientId)
        {
            return OAuthErrors.AuthorizePage("unauthorized_client", "Unknown client_id.");
        }

        if (!Uri.TryCreate(Parameter("redirect_uri"), UriKind.Absolute, out var redirectUri) || !application.IsRegisteredRedirect(redirectUri))
        {
            return OAuthErrors.AuthorizePage("invalid_request",
                "redirect_uri must be one registered for the application, exactly (" + string.Join(", ", application.RedirectUris) + ").");
        }

        var state = Parameter("state");
        var responseMode = Parameter("response_mode") ?? "query";
        if (responseMode is not ("query" or "fragment" or "form_post"))
        {
            return Fail(redirectUri, "query", state, "invalid_request", $"Unsupported response_mode '{responseMode}'.");
        }

        if (Parameter("response_type") != "code")
        {
            return Fail(redirectUri, responseMode, state, "unsupported_response_type", "Only response_type=code is supported.");
        }

        var scopes = (Parameter("scope") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!scopes.Contains("openid"))
        {
            return Fail(redirectUri, responseMode, state, "invalid_scope", "The openid scope is required.");
        }

        if (RequestedTenant(Parameter("acr_values")) is { } tenant && !addresses.IsOwnContext(tenant))
        {
            return Fail(redirectUri, responseMode, state, "access_denied",
                $"The administrator has no access to tenant '{tenant}'.");
        }

        var challenge = Parameter("code_challenge");
        var method = challenge is null ? null : Parameter("code_challenge_method") ?? "plain";
        if (challenge is not null && (!Pkce.IsSupportedMethod(method!) || !Pkce.IsWellFormed(challenge)))
        {
            return Fail(redirectUri, responseMode, state, "invalid_request",
                "code_challenge must be 43-128 characters and code_challenge_method S256 or plain.");
        }

        var code = credentials.IssueCode(new AuthorizationGrant(
            application.ClientId, Parameter("redirect_uri")!, challenge, method, Parameter("nonce"),
            TenantAdministrator.AssociateId, DateTimeOffset.UtcNow + CredentialStore.CodeLifetime));
        return AuthorizationResponse.Send(redirectUri, responseMode, [new("code", code), new("state", state)]);
    }

    private static IResult Fail(Uri redirectUri, string responseMode, string? state, string error, string description) =>
        AuthorizationResponse.Send(redirectUri, responseMode,
            [new("error", error), new("error_description", description), new("state", state)]);

    /// <summary>The tenant of <c>acr_values=tenant:Cust12345</c>, which lets SuperID skip its tenant picker.</summary>
    private static string? RequestedTenant(string? acrValues) =>
        (acrValues ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(value => value.StartsWith("tenant:", StringComparison.OrdinalIgnoreCase))
            .Select(value => value["tenant:".Length..])
            .FirstOrDefault();

    private static async Task<Dictionary<string, string>> ReadParametersAsync(HttpRequest request)
    {
        var parameters = request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);
        if (request.HasFormContentType)
        {
            foreach (var (name, value) in await request.ReadFormAsync())
            {
                parameters[name] = value.ToString();
            }
        }

        return parameters;
    }
}

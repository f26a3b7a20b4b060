using System.Globalization;
using System.Text;
using System.Text.Json;
using SuperOfficeProvisioning.Sandbox.Hosting;
using SuperOfficeProvisioning.Sandbox.Json;
using SuperOfficeProvisioning.Sandbox.Tenant;

namespace SuperOfficeProvisioning.Sandbox.SuperId;

/// <summary>
/// <c>POST /login/api/PartnerSystemUser/Authenticate</c>: exchanges a signed system user token
/// (<c>"{system_token}.{yyyyMMddHHmm}.{base64 RSA-SHA256 signature}"</c>) for a JWT carrying a system user ticket.
/// Like SuperOffice it answers 200 either way and reports failure in IsSuccessful and ErrorMessage.
/// </summary>
internal static class SystemUserEndpoint
{
    private static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(5);

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/login/api/PartnerSystemUser/Authenticate", HandleAsync);

    private static async Task<IResult> HandleAsync(
        HttpContext context, SandboxApplication application, SystemUserConsent consent, SandboxAddresses addresses, TenantStatus status,
        CredentialStore credentials, SuperIdClaims claims)
    {
        AuthenticateRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<AuthenticateRequest>(context.Request.Body, SandboxJson.Options);
        }
        catch (JsonException)
        {
            request = null;
        }

        var failure = request is null ? "The request body is not a valid authentication request."
            : Check(request, application, consent, addresses, status);
        if (failure is not null)
        {
            return Answer(false, failure, null);
        }

        var ticket = credentials.IssueTicket(
            new Caller(TenantAdministrator.SystemUserAssociateId, application.ClientId, CallerKind.SystemUser));
        return Answer(true, "", claims.CreateSystemUserToken(ticket));
    }

    private static string? Check(
        AuthenticateRequest request, SandboxApplication application, SystemUserConsent consent, SandboxAddresses addresses, TenantStatus status)
    {
        if (!application.IsClientSecret(request.ApplicationToken))
        {
            return "Invalid application token.";
        }

        if (request.ContextIdentifier is null || !addresses.IsOwnContext(request.ContextIdentifier))
        {
            return $"Unknown context identifier '{request.ContextIdentifier}'.";
        }

        if (!status.IsRunning)
        {
            return $"Tenant '{addresses.ContextIdentifier}' is not running (state {status.State}).";
        }

        if (request.ReturnTokenType is { } type && !type.Equals("JWT", StringComparison.OrdinalIgnoreCase))
        {
            return $"ReturnTokenType '{type}' is not supported; use JWT.";
        }

        return CheckSignedToken(request.SignedSystemToken ?? "", application, consent);
    }

    private static string? CheckSignedToken(string signedToken, SandboxApplication application, SystemUserConsent consent)
    {
        var signatureAt = signedToken.LastIndexOf('.');
        var stampAt = signatureAt > 0 ? signedToken.LastIndexOf('.', signatureAt - 1) : -1;
        if (stampAt <= 0)
        {
            return "SignedSystemToken must have the form '{system_token}.{yyyyMMddHHmm}.{signature}'.";
        }

        var token = signedToken[..stampAt];
        var stamp = signedToken[(stampAt + 1)..signatureAt];
        if (!SandboxApplication.FixedTimeEquals(token, consent.Token))
        {
            return "Unknown system user token.";
        }

        if (!DateTime.TryParseExact(stamp, "yyyyMMddHHmm", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var signedAt))
        {
            return "The time stamp of the signed system user token is not yyyyMMddHHmm.";
        }

        var now = DateTime.UtcNow;
        var thisMinute = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Utc);
        if ((thisMinute - signedAt).Duration() > AllowedClockSkew)
        {
            return "The signed system user token has expired: its time stamp is more than 5 minutes from now (UTC).";
        }

        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(signedToken[(signatureAt + 1)..]);
        }
        catch (FormatException)
        {
            return "The signature of the signed system user token is not base64.";
        }

        return application.VerifySignature(Encoding.UTF8.GetBytes(token + "." + stamp), signature)
            ? null
            : "The signature of the system user token does not match the application's public key.";
    }

    private static IResult Answer(bool isSuccessful, string errorMessage, string? token) =>
        Results.Json(new AuthenticateResponse(isSuccessful, errorMessage, token), SandboxJson.Options);

    private sealed record AuthenticateRequest(
        string? SignedSystemToken, string? ApplicationToken, string? ContextIdentifier, string? ReturnTokenType);

    private sealed record AuthenticateResponse(bool IsSuccessful, string ErrorMessage, string? Token);
}

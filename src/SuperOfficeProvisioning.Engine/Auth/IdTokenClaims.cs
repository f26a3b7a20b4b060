using System;
using System.Text;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Auth;

/// <summary>The SuperOffice claims of an id_token MSAL has already validated.</summary>
internal sealed class IdTokenClaims
{
    private const string Prefix = "http://schemes.superoffice.net/identity/";
    private readonly JObject _payload;

    private IdTokenClaims(JObject payload) => _payload = payload;

    public string? ContextIdentifier => Claim("ctx");

    public string? WebApiUrl => Claim("webapi_url");

    public string? SystemToken => Claim("system_token");

    public string? UserPrincipalName => Claim("upn");

    public static IdTokenClaims Parse(string idToken)
    {
        var parts = idToken.Split('.');
        if (parts.Length < 2)
        {
            throw new SoException("InvalidIdToken", SoErrorKind.Authentication, "SuperID returned an id_token that is not a JWT.");
        }

        var payload = parts[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return new IdTokenClaims(JObject.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload))));
    }

    /// <summary>When the token expires (its <c>exp</c>), if it says.</summary>
    public DateTimeOffset? ExpiresAt =>
        _payload["exp"] is JValue exp && (exp.Type == JTokenType.Integer || exp.Type == JTokenType.Float)
            ? DateTimeOffset.FromUnixTimeSeconds((long)exp)
            : (DateTimeOffset?)null;

    /// <summary>A claim by its full name.</summary>
    public string? Raw(string name) => (string?)_payload[name];

    private string? Claim(string name) => (string?)(_payload[Prefix + name] ?? _payload[name]);
}

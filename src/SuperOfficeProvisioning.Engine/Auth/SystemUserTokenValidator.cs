using System;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;
using SuperOfficeProvisioning.Engine.Tenants;

namespace SuperOfficeProvisioning.Engine.Auth;

/// <summary>
/// Validates the JWT PartnerSystemUser/Authenticate answers before its ticket is used, as SuperOffice asks
/// (validate-security-tokens.md): signed (RS256) by a key of SuperID's JWKS, issuer "SuperOffice AS", audience
/// "spn:{serial claim}", and within its lifetime. A token that fails is never used; the error says which check
/// failed and never shows the token.
/// </summary>
internal sealed class SystemUserTokenValidator
{
    public const string Issuer = "SuperOffice AS";
    private const string SerialClaim = "http://schemes.superoffice.net/identity/serial";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly HttpPipeline _pipeline;
    private readonly Uri _jwksUrl;
    private JArray? _keys;

    public SystemUserTokenValidator(HttpPipeline pipeline, Uri authority)
    {
        _pipeline = pipeline;
        _jwksUrl = new Uri(SuperIdEnvironment.WithSlash(authority), "login/.well-known/jwks");
    }

    /// <returns>The token's claims, once every check passed.</returns>
    public async Task<IdTokenClaims> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            throw Invalid("it is not a signed JWT (three dot-separated parts)");
        }

        JObject header, payload;
        byte[] signature;
        try
        {
            header = JObject.Parse(Encoding.UTF8.GetString(Base64Url(parts[0])));
            payload = JObject.Parse(Encoding.UTF8.GetString(Base64Url(parts[1])));
            signature = Base64Url(parts[2]);
        }
        catch (Exception ex) when (ex is FormatException || ex is JsonException)
        {
            throw Invalid("its parts are not base64url-encoded JSON");
        }

        if ((string?)header["alg"] != "RS256")
        {
            throw Invalid($"it is signed with '{(string?)header["alg"]}', not RS256");
        }

        var key = await KeyAsync((string?)header["kid"], cancellationToken).ConfigureAwait(false);
        using (var rsa = RSA.Create())
        {
            rsa.ImportParameters(new RSAParameters { Modulus = Base64Url((string)key["n"]!), Exponent = Base64Url((string)key["e"]!) });
            if (!rsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                throw Invalid("its signature does not verify with SuperID's key");
            }
        }

        if ((string?)payload["iss"] != Issuer)
        {
            throw Invalid($"its issuer is '{(string?)payload["iss"]}', not '{Issuer}'");
        }

        var audience = "spn:" + (string?)payload[SerialClaim];
        if ((string?)payload["aud"] != audience || payload[SerialClaim] is null)
        {
            throw Invalid($"its audience is '{(string?)payload["aud"]}', not '{audience}'");
        }

        var now = _pipeline.Options.UtcNow();
        if (Seconds(payload["exp"]) is not long exp || DateTimeOffset.FromUnixTimeSeconds(exp) < now - ClockSkew)
        {
            throw Invalid("it has expired or says no expiry");
        }

        if (Seconds(payload["nbf"]) is long nbf && DateTimeOffset.FromUnixTimeSeconds(nbf) > now + ClockSkew)
        {
            throw Invalid("it is not valid yet");
        }

        return IdTokenClaims.Parse(token);
    }

    /// <summary>The JWKS key with that id (or the only one), read once and again when a new key id appears.</summary>
    private async Task<JObject> KeyAsync(string? keyId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (_keys is null || attempt == 1)
            {
                _keys = await ReadKeysAsync(cancellationToken).ConfigureAwait(false);
            }

            var rsaKeys = _keys.OfType<JObject>().Where(k => (string?)k["kty"] == "RSA" && k["n"] is not null && k["e"] is not null).ToList();
            var key = keyId is null ? (rsaKeys.Count == 1 ? rsaKeys[0] : null) : rsaKeys.FirstOrDefault(k => (string?)k["kid"] == keyId);
            if (key is not null)
            {
                return key;
            }
        }

        throw Invalid($"SuperID's key set has no RSA key '{keyId}'");
    }

    private async Task<JArray> ReadKeysAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _jwksUrl);
        using var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        try
        {
            if (response.IsSuccessStatusCode && JToken.Parse(text) is JObject set && set["keys"] is JArray keys)
            {
                return keys;
            }
        }
        catch (JsonException)
        {
            // Reported below.
        }

        throw new SoException("SystemUserTokenInvalid", SoErrorKind.Authentication,
            $"SuperID's key set at {Redaction.Url(_jwksUrl)} could not be read ({(int)response.StatusCode}), so the system user token cannot be validated.");
    }

    private static long? Seconds(JToken? value) =>
        value is JValue number && (number.Type == JTokenType.Integer || number.Type == JTokenType.Float) ? (long)number : (long?)null;

    private static byte[] Base64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
    }

    private static SoException Invalid(string why) =>
        new SoException("SystemUserTokenInvalid", SoErrorKind.Authentication, $"SuperID's system user token was refused: {why}. Its ticket is not used.");
}

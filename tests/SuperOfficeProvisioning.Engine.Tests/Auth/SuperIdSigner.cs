using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Tests.Auth;

/// <summary>Signs JWTs as SuperID does (RS256, a key id) and serves the key set they verify with.</summary>
internal sealed class SuperIdSigner
{
    public const string Serial = "1801550193";
    private readonly RSA _key = RSA.Create(2048);

    public string KeyId { get; } = "superid-test-key";

    public JObject Jwks()
    {
        var parameters = _key.ExportParameters(false);
        return new JObject
        {
            ["keys"] = new JArray(new JObject
            {
                ["kty"] = "RSA", ["use"] = "sig", ["alg"] = "RS256", ["kid"] = KeyId,
                ["n"] = Base64Url(parameters.Modulus!), ["e"] = Base64Url(parameters.Exponent!),
            }),
        };
    }

    /// <summary>A system user token as the docs describe it; <paramref name="change"/> spoils one claim for a test.</summary>
    public string SystemUserToken(string ticket, DateTimeOffset issuedAt, TimeSpan lifetime, Action<JObject>? change = null, string? keyId = null)
    {
        var payload = new JObject
        {
            ["iss"] = "SuperOffice AS",
            ["aud"] = "spn:" + Serial,
            ["nbf"] = issuedAt.ToUnixTimeSeconds(),
            ["exp"] = issuedAt.Add(lifetime).ToUnixTimeSeconds(),
            ["http://schemes.superoffice.net/identity/serial"] = Serial,
            ["http://schemes.superoffice.net/identity/ticket"] = ticket,
        };
        change?.Invoke(payload);
        return Sign(payload, keyId ?? KeyId);
    }

    public string Sign(JObject payload, string keyId)
    {
        var signed = Base64Url(Encoding.UTF8.GetBytes(new JObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = keyId }.ToString())) + "." +
                     Base64Url(Encoding.UTF8.GetBytes(payload.ToString()));
        return signed + "." + Base64Url(_key.SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

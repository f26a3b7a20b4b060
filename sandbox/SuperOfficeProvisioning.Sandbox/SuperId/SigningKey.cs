using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Hosting;

namespace SuperOfficeProvisioning.Sandbox.SuperId;

/// <summary>SuperID's RS256 signing key, generated at start: signs id_tokens and system user JWTs, published as a JWKS.</summary>
internal sealed class SigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public SigningKey()
    {
        var modulus = _rsa.ExportParameters(includePrivateParameters: false).Modulus!;
        KeyId = Base64UrlEncoding.Encode(SHA256.HashData(modulus))[..16];
    }

    public string KeyId { get; }

    /// <summary>The public key as a JSON Web Key Set (RFC 7517).</summary>
    public JsonObject ToJwks()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["alg"] = "RS256",
                ["kid"] = KeyId,
                ["n"] = Base64UrlEncoding.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoding.Encode(parameters.Exponent),
            }),
        };
    }

    /// <summary>A compact JWS (RFC 7515) over <paramref name="claims"/>, signed RS256.</summary>
    public string CreateJwt(JsonObject claims)
    {
        var header = new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = KeyId };
        var signingInput = Encode(header) + "." + Encode(claims);
        var signature = _rsa.SignData(
            Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64UrlEncoding.Encode(signature);
    }

    public void Dispose() => _rsa.Dispose();

    private static string Encode(JsonObject json) => Base64UrlEncoding.Encode(Encoding.UTF8.GetBytes(json.ToJsonString()));
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Sandbox.Tests.Support;

/// <summary>Reads compact JWTs and checks their RS256 signature against a JSON Web Key Set.</summary>
internal static class Jwt
{
    public static JsonObject Header(string token) => Part(token, 0);

    public static JsonObject Payload(string token) => Part(token, 1);

    public static bool HasValidSignature(string token, JsonNode jwks)
    {
        var parts = token.Split('.');
        var keyId = Header(token)["kid"]!.GetValue<string>();
        var key = jwks["keys"]!.AsArray().Single(candidate => candidate!["kid"]!.GetValue<string>() == keyId)!;
        using var rsa = RSA.Create(new RSAParameters
        {
            Modulus = Base64Url(key["n"]!.GetValue<string>()),
            Exponent = Base64Url(key["e"]!.GetValue<string>()),
        });
        return rsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url(parts[2]),
            HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    public static byte[] Base64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + (4 - padded.Length % 4) % 4, '='));
    }

    private static JsonObject Part(string token, int index) =>
        JsonNode.Parse(Base64Url(token.Split('.')[index]))!.AsObject();
}

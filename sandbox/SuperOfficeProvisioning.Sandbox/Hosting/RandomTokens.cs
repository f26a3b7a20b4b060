using System.Security.Cryptography;

namespace SuperOfficeProvisioning.Sandbox.Hosting;

/// <summary>Unguessable values for secrets, codes and tokens (never from the seeded fault generator).</summary>
internal static class RandomTokens
{
    public static string Base64Url(int bytes) => Base64UrlEncoding.Encode(RandomNumberGenerator.GetBytes(bytes));

    public static string Hex(int bytes) => Convert.ToHexString(RandomNumberGenerator.GetBytes(bytes)).ToLowerInvariant();
}

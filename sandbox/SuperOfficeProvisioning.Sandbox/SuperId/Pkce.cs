using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using SuperOfficeProvisioning.Sandbox.Hosting;

namespace SuperOfficeProvisioning.Sandbox.SuperId;

/// <summary>Proof Key for Code Exchange (RFC 7636) with the S256 and plain methods.</summary>
internal static partial class Pkce
{
    public static bool IsSupportedMethod(string method) => method is "S256" or "plain";

    /// <summary>A challenge or verifier: 43 to 128 characters of [A-Z a-z 0-9 - . _ ~] (RFC 7636 section 4.1).</summary>
    public static bool IsWellFormed(string value) => KeyPattern().IsMatch(value);

    public static bool Verify(string verifier, string challenge, string method)
    {
        if (!IsWellFormed(verifier))
        {
            return false;
        }

        var expected = method == "S256"
            ? Base64UrlEncoding.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)))
            : verifier;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(challenge));
    }

    [GeneratedRegex("^[A-Za-z0-9\\-._~]{43,128}$")]
    private static partial Regex KeyPattern();
}

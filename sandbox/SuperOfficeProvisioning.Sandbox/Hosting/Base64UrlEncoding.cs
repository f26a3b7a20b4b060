namespace SuperOfficeProvisioning.Sandbox.Hosting;

/// <summary>Base64url without padding (RFC 4648 section 5), as JWTs, JWKS and PKCE write it.</summary>
internal static class Base64UrlEncoding
{
    public static string Encode(ReadOnlySpan<byte> data) =>
        Convert.ToBase64String(data).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

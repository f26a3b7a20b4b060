namespace SuperOfficeProvisioning.Sandbox.Hosting;

/// <summary>Base64url without padding (RFC 4648 section 5), as JWTs and PKCE use it.</summary>
internal static class Base64UrlEncoding
{
    public static string Encode(ReadOnlySpan<byte> data) =>
        Convert.ToBase64String(data).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] Decode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded = padded.PadRight(padded.Length + (4 - padded.Length % 4) % 4, '=');
        return Convert.FromBase64String(padded);
    }
}

using System;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Http;

/// <summary>Which endpoints the module talks to, and which certificates it trusts.</summary>
public static class TransportPolicy
{
    /// <summary>
    /// Plain http is refused except to loopback addresses, where a local sandbox runs; a user name or password
    /// in the URL is refused everywhere (it would be shown wherever the URL is). <paramref name="parameter"/>
    /// names the cmdlet parameter the URL came from, when it came from one.
    /// </summary>
    public static void EnsureAllowed(Uri? uri, string? parameter = null)
    {
        var what = parameter is null ? "The URL" : "-" + parameter;
        if (uri is null || !uri.IsAbsoluteUri)
        {
            throw new SoException("InvalidEndpoint", SoErrorKind.InvalidInput, $"{what} '{Redaction.Url(uri)}' is not an absolute URL.");
        }

        if (uri.UserInfo.Length > 0)
        {
            throw new SoException(
                "InvalidUrl",
                SoErrorKind.InvalidInput,
                $"{what} '{Redaction.Url(uri)}' holds a user name or password: leave them out of the URL and give the credential with its own parameter.");
        }

        if (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)))
        {
            return;
        }

        throw new SoException(
            "InsecureEndpoint",
            SoErrorKind.InvalidInput,
            $"Refusing to send credentials to '{uri.Scheme}{Uri.SchemeDelimiter}{uri.Authority}' over {uri.Scheme}: use https (plain http is allowed only to loopback addresses).");
    }

    public static bool IsLoopback(Uri uri)
    {
        if (uri.IsLoopback)
        {
            return true;
        }

        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>
    /// The socket-level handler under the pipeline. Certificates are validated as usual; the only exception is
    /// a pinned certificate, matched by its SHA-256 digest.
    /// </summary>
    public static HttpMessageHandler CreateTransport(string? pinnedCertificateSha256)
    {
        var handler = new HttpClientHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
        };

        if (!string.IsNullOrWhiteSpace(pinnedCertificateSha256))
        {
            var pin = NormaliseThumbprint(pinnedCertificateSha256!);
            handler.ServerCertificateCustomValidationCallback = (_, certificate, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None
                || (certificate is not null && string.Equals(Sha256Thumbprint(certificate), pin, StringComparison.Ordinal));
        }

        return handler;
    }

    public static string Sha256Thumbprint(X509Certificate2 certificate)
    {
        using var sha = SHA256.Create();
        return ToHex(sha.ComputeHash(certificate.RawData));
    }

    public static string NormaliseThumbprint(string thumbprint) =>
        thumbprint.Replace(":", string.Empty).Replace(" ", string.Empty).Trim().ToUpperInvariant();

    private static string ToHex(byte[] bytes)
    {
        var chars = new char[bytes.Length * 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = "0123456789ABCDEF"[bytes[i] >> 4];
            chars[(2 * i) + 1] = "0123456789ABCDEF"[bytes[i] & 0xF];
        }

        return new string(chars);
    }
}

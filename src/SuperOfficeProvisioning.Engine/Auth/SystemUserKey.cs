using System;
using System.Formats.Asn1;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Auth;

/// <summary>
/// The application's RSA private key, read from a PEM file (PKCS#1 "RSA PRIVATE KEY" or unencrypted PKCS#8
/// "PRIVATE KEY") or from an RSA XML file (&lt;RSAKeyValue&gt;). Messages name the file, never its content.
/// </summary>
internal static class SystemUserKey
{
    private const string RsaEncryptionOid = "1.2.840.113549.1.1.1";

    // RFC 7468 lets a private key's PEM hold BER, DER being only preferred; BER reads every DER key too.
    private const AsnEncodingRules Rules = AsnEncodingRules.BER;

    public static RSA Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            throw Invalid(path, $"cannot be read: {ex.Message}", ex);
        }

        return Parse(text, path);
    }

    public static RSA Parse(string text, string source)
    {
        RSAParameters parameters;
        try
        {
            parameters = text.TrimStart().StartsWith("<", StringComparison.Ordinal) ? FromXml(text, source) : FromPem(text, source);
        }
        catch (Exception ex) when (ex is FormatException || ex is AsnContentException || ex is System.Xml.XmlException || ex is ArgumentException)
        {
            throw Invalid(source, "is not a valid RSA private key (PEM or RSA XML).", ex);
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportParameters(parameters);
            return rsa;
        }
        catch (CryptographicException ex)
        {
            rsa.Dispose();
            throw Invalid(source, "holds an RSA key the platform rejects.", ex);
        }
    }

    /// <summary>Signs <paramref name="data"/> with RSA SHA-256 and PKCS#1 v1.5 padding, as SuperID expects.</summary>
    public static byte[] Sign(RSA key, string data) =>
        key.SignData(Encoding.UTF8.GetBytes(data), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    private static RSAParameters FromPem(string text, string source)
    {
        if (text.Contains("ENCRYPTED PRIVATE KEY"))
        {
            throw Invalid(source, "holds an encrypted private key: export it without a password (PKCS#1 or PKCS#8 PEM).");
        }

        var pkcs1 = Block(text, "RSA PRIVATE KEY");
        if (pkcs1 is not null)
        {
            return RsaPrivateKey(pkcs1);
        }

        var pkcs8 = Block(text, "PRIVATE KEY") ?? throw Invalid(source, "has no 'RSA PRIVATE KEY' or 'PRIVATE KEY' PEM block, and is not RSA XML.");
        var outer = new AsnReader(pkcs8, Rules);
        var info = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        ReadVersion(info, 0, 1); // PKCS#8 v1, or v2 (RFC 5958) with its optional public key
        var algorithm = info.ReadSequence();
        if (algorithm.ReadObjectIdentifier() != RsaEncryptionOid)
        {
            throw Invalid(source, "holds a private key that is not an RSA key.");
        }

        // The attributes and public key that may follow are not needed.
        return RsaPrivateKey(info.ReadOctetString());
    }

    /// <summary>PKCS#1 RSAPrivateKey (RFC 8017 A.1.2), two-prime only, as RSAParameters holds no more primes.</summary>
    private static RSAParameters RsaPrivateKey(byte[] der)
    {
        var outer = new AsnReader(der, Rules);
        var key = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        ReadVersion(key, 0);
        var modulus = Unsigned(Integer(key));
        var exponent = Unsigned(Integer(key));
        var half = (modulus.Length + 1) / 2;
        var parameters = new RSAParameters
        {
            Modulus = modulus,
            Exponent = exponent,
            D = Sized(Integer(key), modulus.Length),
            P = Sized(Integer(key), half),
            Q = Sized(Integer(key), half),
            DP = Sized(Integer(key), half),
            DQ = Sized(Integer(key), half),
            InverseQ = Sized(Integer(key), half),
        };
        key.ThrowIfNotEmpty();
        return parameters;
    }

    private static void ReadVersion(AsnReader reader, params int[] allowed)
    {
        if (!reader.TryReadInt32(out var version) || Array.IndexOf(allowed, version) < 0)
        {
            throw new FormatException("An unsupported key structure version.");
        }
    }

    private static byte[] Integer(AsnReader reader)
    {
        var value = reader.ReadIntegerBytes().Span;
        if (value.Length == 0 || (value[0] & 0x80) != 0)
        {
            throw new FormatException("An RSA key component is negative.");
        }

        return value.ToArray();
    }

    private static RSAParameters FromXml(string text, string source)
    {
        var root = XDocument.Parse(text).Root;
        if (root is null || root.Name.LocalName != "RSAKeyValue")
        {
            throw Invalid(source, "is XML but not an <RSAKeyValue> key.");
        }

        byte[] Part(string name) => Convert.FromBase64String(
            root.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim()
            ?? throw Invalid(source, $"is an RSA XML key without <{name}>: it must be the private key."));

        var modulus = Unsigned(Part("Modulus"));
        var half = (modulus.Length + 1) / 2;
        return new RSAParameters
        {
            Modulus = modulus,
            Exponent = Unsigned(Part("Exponent")),
            D = Sized(Part("D"), modulus.Length),
            P = Sized(Part("P"), half),
            Q = Sized(Part("Q"), half),
            DP = Sized(Part("DP"), half),
            DQ = Sized(Part("DQ"), half),
            InverseQ = Sized(Part("InverseQ"), half),
        };
    }

    private static byte[]? Block(string text, string label)
    {
        var begin = "-----BEGIN " + label + "-----";
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = text.IndexOf("-----END " + label + "-----", start, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new FormatException("The PEM block has no end line.");
        }

        var body = text.Substring(start + begin.Length, end - start - begin.Length);
        return Convert.FromBase64String(new string(body.Where(c => !char.IsWhiteSpace(c)).ToArray()));
    }

    /// <summary>A big-endian unsigned number without its leading zero bytes.</summary>
    private static byte[] Unsigned(byte[] value)
    {
        var skip = 0;
        while (skip < value.Length - 1 && value[skip] == 0)
        {
            skip++;
        }

        return value.Skip(skip).ToArray();
    }

    /// <summary>Exactly <paramref name="size"/> bytes, big-endian, as RSAParameters requires.</summary>
    private static byte[] Sized(byte[] value, int size)
    {
        var unsigned = Unsigned(value);
        if (unsigned.Length > size)
        {
            throw new FormatException("An RSA key component is longer than the modulus allows.");
        }

        var result = new byte[size];
        Buffer.BlockCopy(unsigned, 0, result, size - unsigned.Length, unsigned.Length);
        return result;
    }

    private static SoException Invalid(string source, string problem, Exception? inner = null) =>
        new SoException("PrivateKeyInvalid", SoErrorKind.InvalidInput, $"The private key file '{source}' {problem}", inner);
}

using System.Security.Cryptography;
using System.Text;
using SuperOfficeProvisioning.Engine.Auth;
using SuperOfficeProvisioning.Engine.Errors;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Auth;

public sealed class SystemUserKeyTests
{
    private static readonly RSA Original = CreateKey();

    public static IEnumerable<object[]> KeyFormats() => new[]
    {
        new object[] { "PKCS#1 PEM", Original.ExportRSAPrivateKeyPem() },
        new object[] { "PKCS#8 PEM", Original.ExportPkcs8PrivateKeyPem() },
        new object[] { "RSA XML", Original.ToXmlString(includePrivateParameters: true) },
        new object[] { "PEM with text around it", "Acme's key\n" + Original.ExportRSAPrivateKeyPem() + "\n" },
    };

    [Theory]
    [MemberData(nameof(KeyFormats))]
    public void Every_key_format_signs_what_the_public_key_verifies(string format, string text)
    {
        using var key = SystemUserKey.Parse(text, format);

        var signed = SystemUserCredential.SignSystemToken("SandboxApp-123", new DateTimeOffset(2026, 3, 4, 5, 6, 59, TimeSpan.FromHours(2)), key);

        var parts = signed.Split('.');
        Assert.Equal("SandboxApp-123", parts[0]);
        Assert.Equal("202603040306", parts[1]); // UTC, to the minute
        Assert.True(Original.VerifyData(Encoding.UTF8.GetBytes("SandboxApp-123.202603040306"), Convert.FromBase64String(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public void An_encrypted_key_is_refused_with_advice()
    {
        var encrypted = Original.ExportEncryptedPkcs8PrivateKeyPem("pw", new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 1000));

        var error = Assert.Throws<SoException>(() => SystemUserKey.Parse(encrypted, "key.pem"));

        Assert.Equal("PrivateKeyInvalid", error.ErrorId);
        Assert.Contains("without a password", error.Message);
    }

    [Theory]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\nbm90IGEga2V5\n-----END RSA PRIVATE KEY-----")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\n%%%\n-----END RSA PRIVATE KEY-----")]
    [InlineData("<RSAKeyValue><Modulus>AQAB</Modulus></RSAKeyValue>")]
    [InlineData("just some text")]
    public void A_damaged_key_names_the_file_and_never_its_content(string text)
    {
        var error = Assert.Throws<SoException>(() => SystemUserKey.Parse(text, "/keys/app.pem"));

        Assert.Equal("PrivateKeyInvalid", error.ErrorId);
        Assert.Contains("'/keys/app.pem'", error.Message);
        Assert.DoesNotContain("bm90IGEga2V5", error.Message);
        Assert.DoesNotContain("just some text", error.Message);
    }

    [Theory]
    [InlineData("PKCS#1")]
    [InlineData("PKCS#8")]
    public void A_key_file_is_read_from_disk(string format)
    {
        var path = Path.Combine(Path.GetTempPath(), "so-key-" + Guid.NewGuid().ToString("N") + ".pem");
        File.WriteAllText(path, format == "PKCS#1" ? Original.ExportRSAPrivateKeyPem() : Original.ExportPkcs8PrivateKeyPem());
        try
        {
            using var key = SystemUserKey.Load(path);

            Assert.Equal(Original.ExportRSAPublicKey(), key.ExportRSAPublicKey());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_key_file_is_named()
    {
        var path = Path.Combine(Path.GetTempPath(), "so-key-" + Guid.NewGuid().ToString("N"), "app.pem");

        var error = Assert.Throws<SoException>(() => SystemUserKey.Load(path));

        Assert.Equal("PrivateKeyInvalid", error.ErrorId);
        Assert.Contains($"'{path}' cannot be read", error.Message);
    }

    public static IEnumerable<object[]> DamagedStructures() => new[]
    {
        new object[] { "a PKCS#1 key cut short", Pem("RSA PRIVATE KEY", Original.ExportRSAPrivateKey()[..600]) },
        new object[] { "a PKCS#8 key cut short", Pem("PRIVATE KEY", Original.ExportPkcs8PrivateKey()[..600]) },
        new object[] { "a PKCS#1 key with bytes after it", Pem("RSA PRIVATE KEY", [.. Original.ExportRSAPrivateKey(), 0x05, 0x00]) },
        new object[] { "a PKCS#8 key whose inner key is cut short", Pem("PRIVATE KEY", Pkcs8Around(Original.ExportRSAPrivateKey()[..600])) },
        new object[] { "a PKCS#8 block holding a PKCS#1 key", Pem("PRIVATE KEY", Original.ExportRSAPrivateKey()) },
        new object[] { "a PKCS#1 block holding a PKCS#8 key", Pem("RSA PRIVATE KEY", Original.ExportPkcs8PrivateKey()) },
        new object[] { "a PKCS#1 key whose length runs past its end", Pem("RSA PRIVATE KEY", [0x30, 0x82, 0xFF, 0xFF, 0x02, 0x01, 0x00]) },
    };

    [Theory]
    [MemberData(nameof(DamagedStructures))]
    public void A_key_of_damaged_structure_names_the_file_and_never_the_key_material(string damage, string text)
    {
        var error = Assert.Throws<SoException>(() => SystemUserKey.Parse(text, "/keys/app.pem"));

        Assert.Equal("PrivateKeyInvalid", error.ErrorId);
        Assert.Contains("'/keys/app.pem'", error.Message);
        Assert.Contains("is not a valid RSA private key", error.Message);
        AssertNoKeyMaterial(error, text, damage);
    }

    [Fact]
    public void A_pkcs8_key_of_another_algorithm_is_refused_as_not_rsa()
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var text = ec.ExportPkcs8PrivateKeyPem();

        var error = Assert.Throws<SoException>(() => SystemUserKey.Parse(text, "ec.pem"));

        Assert.Equal("PrivateKeyInvalid", error.ErrorId);
        Assert.Contains("'ec.pem' holds a private key that is not an RSA key", error.Message);
        AssertNoKeyMaterial(error, text, "EC key");
    }

    [Fact]
    public void A_public_key_alone_is_refused()
    {
        var error = Assert.Throws<SoException>(() => SystemUserKey.Parse(Original.ToXmlString(includePrivateParameters: false), "public.xml"));

        Assert.Contains("must be the private key", error.Message);
    }

    private static string Pem(string label, byte[] der) => new string(PemEncoding.Write(label, der));

    /// <summary>A PKCS#8 PrivateKeyInfo for rsaEncryption around whatever bytes are given as the RSA key.</summary>
    private static byte[] Pkcs8Around(byte[] rsaKey)
    {
        var writer = new System.Formats.Asn1.AsnWriter(System.Formats.Asn1.AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteInteger(0);
            using (writer.PushSequence())
            {
                writer.WriteObjectIdentifier("1.2.840.113549.1.1.1");
                writer.WriteNull();
            }

            writer.WriteOctetString(rsaKey);
        }

        return writer.Encode();
    }

    /// <summary>Neither the message nor anything the error carries along shows a run of the key's base64 text.</summary>
    private static void AssertNoKeyMaterial(Exception error, string pem, string what)
    {
        var body = string.Concat(pem.Split('\n').Where(line => !line.StartsWith("-----", StringComparison.Ordinal)));
        var everything = error.ToString();
        for (var start = 0; start + 12 <= body.Length; start += 12)
        {
            Assert.False(everything.Contains(body.Substring(start, 12), StringComparison.Ordinal), $"The error for {what} shows key material.");
        }
    }

    private static RSA CreateKey()
    {
        var key = RSA.Create();
        key.KeySize = 2048;
        return key;
    }
}

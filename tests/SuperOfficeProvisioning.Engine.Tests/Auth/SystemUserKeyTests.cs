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

    [Fact]
    public void A_public_key_alone_is_refused()
    {
        var error = Assert.Throws<SoException>(() => SystemUserKey.Parse(Original.ToXmlString(includePrivateParameters: false), "public.xml"));

        Assert.Contains("must be the private key", error.Message);
    }

    private static RSA CreateKey()
    {
        var key = RSA.Create();
        key.KeySize = 2048;
        return key;
    }
}

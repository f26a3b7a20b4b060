using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Auth;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;
using SuperOfficeProvisioning.Engine.Tests.Http;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Auth;

/// <summary>The system user JWT is used only once SuperID's signature, issuer, audience and lifetime check out.</summary>
public sealed class SystemUserTokenValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly ScriptedHandler _superId = new();
    private readonly SuperIdSigner _signer = new();

    private SystemUserTokenValidator Validator()
    {
        var pipeline = new HttpPipeline(new HttpPipelineOptions { MaxAttempts = 1, UtcNow = () => Now }, _superId);
        return new SystemUserTokenValidator(pipeline, new Uri("https://superid.test/"));
    }

    private void ServeKeys() =>
        _superId.Respond(HttpStatusCode.OK, r => r.Content = new StringContent(_signer.Jwks().ToString(), Encoding.UTF8, "application/json"));

    [Fact]
    public async Task A_token_as_SuperID_signs_it_is_accepted_and_its_claims_read()
    {
        ServeKeys();

        var claims = await Validator().ValidateAsync(_signer.SystemUserToken("7T:ok", Now, TimeSpan.FromHours(6)), CancellationToken.None);

        Assert.Equal("7T:ok", claims.Raw("http://schemes.superoffice.net/identity/ticket"));
        Assert.Equal("https://superid.test/login/.well-known/jwks", Assert.Single(_superId.Requests).RequestUri!.AbsoluteUri);
    }

    [Theory]
    [InlineData("iss", "https://sod.superoffice.com", "its issuer is")]
    [InlineData("aud", "spn://1801550193", "its audience is")]
    [InlineData("aud", "spn:999", "its audience is")]
    [InlineData("exp", null, "it has expired")]
    public async Task A_token_with_a_wrong_claim_is_refused_naming_the_check(string claim, string? value, string reason)
    {
        ServeKeys();
        var token = _signer.SystemUserToken("7T:bad", Now, TimeSpan.FromHours(6), payload =>
        {
            if (claim == "exp")
            {
                payload["exp"] = Now.AddHours(-1).ToUnixTimeSeconds();
            }
            else
            {
                payload[claim] = value;
            }
        });

        var error = await Assert.ThrowsAsync<SoException>(() => Validator().ValidateAsync(token, CancellationToken.None));

        Assert.Equal("SystemUserTokenInvalid", error.ErrorId);
        Assert.Equal(SoErrorKind.Authentication, error.Kind);
        Assert.Contains(reason, error.Message);
        Assert.DoesNotContain("7T:bad", error.Message);
    }

    [Fact]
    public async Task A_token_whose_payload_was_changed_after_signing_is_refused()
    {
        ServeKeys();
        var parts = _signer.SystemUserToken("7T:mine", Now, TimeSpan.FromHours(6)).Split('.');
        var forged = JObject.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[1]))));
        forged["http://schemes.superoffice.net/identity/ticket"] = "7T:someone-else";
        var token = parts[0] + "." + SuperIdSigner.Base64Url(Encoding.UTF8.GetBytes(forged.ToString())) + "." + parts[2];

        var error = await Assert.ThrowsAsync<SoException>(() => Validator().ValidateAsync(token, CancellationToken.None));

        Assert.Contains("signature does not verify", error.Message);
    }

    [Fact]
    public async Task An_unknown_key_id_reads_the_key_set_again_once_then_is_refused()
    {
        ServeKeys();
        ServeKeys();

        var error = await Assert.ThrowsAsync<SoException>(() =>
            Validator().ValidateAsync(_signer.SystemUserToken("7T:x", Now, TimeSpan.FromHours(6), keyId: "rotated"), CancellationToken.None));

        Assert.Contains("no RSA key 'rotated'", error.Message);
        Assert.Equal(2, _superId.Requests.Count);
    }

    [Fact]
    public async Task A_token_that_is_not_a_signed_JWT_is_refused_before_any_request()
    {
        var error = await Assert.ThrowsAsync<SoException>(() => Validator().ValidateAsync("eyJhbGciOiJub25lIn0.e30", CancellationToken.None));

        Assert.Equal("SystemUserTokenInvalid", error.ErrorId);
        Assert.Empty(_superId.Requests);
    }

    private static string Pad(string base64Url)
    {
        var base64 = base64Url.Replace('-', '+').Replace('_', '/');
        return base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
    }
}

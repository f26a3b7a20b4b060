using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Auth;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;
using SuperOfficeProvisioning.Engine.Tests.Http;
using Xunit;
using SuperOfficeProvisioning.Engine.Credentials;

namespace SuperOfficeProvisioning.Engine.Tests.Auth;

public sealed class SystemUserCredentialTests
{
    private const string Secret = "app-secret-value";
    private readonly ScriptedHandler _superId = new();
    private readonly SuperIdSigner _signer = new();
    private DateTimeOffset _now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private bool _keysServed;

    [Fact]
    public async Task The_ticket_is_sent_with_the_application_token_and_cached_for_its_lifetime()
    {
        using var credential = Create();
        IssueTicket("7T:first", lifetime: TimeSpan.FromHours(6));

        var first = await AuthorizeAsync(credential);
        _now = _now.AddHours(5);
        var second = await AuthorizeAsync(credential);

        Assert.Equal("SOTicket 7T:first", first.Headers.Authorization!.ToString());
        Assert.Equal(Secret, first.Headers.GetValues("SO-AppToken").Single());
        Assert.Equal("SOTicket 7T:first", second.Headers.Authorization!.ToString());
        Assert.Single(_superId.Requests, r => r.RequestUri!.AbsolutePath.EndsWith("/Authenticate", StringComparison.Ordinal));
        var body = JObject.Parse(_superId.Bodies[0]!);
        Assert.Equal("Cust12345", (string?)body["ContextIdentifier"]);
        Assert.Equal("JWT", (string?)body["ReturnTokenType"]);
        Assert.StartsWith("system-token.202605011200.", (string?)body["SignedSystemToken"]);
        Assert.Equal("https://superid.test/Login/api/PartnerSystemUser/Authenticate", _superId.Requests[0].RequestUri!.AbsoluteUri);
        Assert.Equal("https://superid.test/login/.well-known/jwks", _superId.Requests[1].RequestUri!.AbsoluteUri); // to validate the token
    }

    [Fact]
    public async Task An_expiring_ticket_is_renewed()
    {
        using var credential = Create();
        IssueTicket("7T:first", lifetime: TimeSpan.FromHours(6));
        IssueTicket("7T:second", lifetime: TimeSpan.FromHours(6));

        await AuthorizeAsync(credential);
        _now = _now.AddHours(6).AddMinutes(-4);
        var renewed = await AuthorizeAsync(credential);

        Assert.Equal("SOTicket 7T:second", renewed.Headers.Authorization!.ToString());
        Assert.Equal(2, credential.TicketsIssued);
    }

    [Fact]
    public async Task After_a_401_the_next_request_gets_a_new_ticket()
    {
        using var credential = Create();
        IssueTicket("7T:first", lifetime: TimeSpan.FromHours(6));
        IssueTicket("7T:second", lifetime: TimeSpan.FromHours(6));

        await AuthorizeAsync(credential);
        credential.Invalidate();
        var renewed = await AuthorizeAsync(credential);

        Assert.Equal("SOTicket 7T:second", renewed.Headers.Authorization!.ToString());
    }

    [Fact]
    public async Task A_refusal_reports_superid_s_reason_without_any_secret()
    {
        using var credential = Create();
        _superId.Respond(HttpStatusCode.OK, r => r.Content = Json(new JObject { ["IsSuccessful"] = false, ["ErrorMessage"] = "Invalid application token.", ["Token"] = null }));

        var error = await Assert.ThrowsAsync<SoException>(() => AuthorizeAsync(credential));

        Assert.Equal("SystemUserSignInFailed", error.ErrorId);
        Assert.Equal(SoErrorKind.Authentication, error.Kind);
        Assert.Contains("Invalid application token.", error.Message);
        Assert.DoesNotContain(Secret, error.Message);
        Assert.DoesNotContain("system-token", error.Message);
    }

    private SystemUserCredential Create()
    {
        var pipeline = new HttpPipeline(new HttpPipelineOptions { MaxAttempts = 1, UtcNow = () => _now }, _superId);
        var request = new SystemUserSignInRequest(new Uri("https://superid.test/"), "client", Credentials.Secret.FromPlainText(Secret), "key.pem",
            Credentials.Secret.FromPlainText("system-token"), "Cust12345");
        var key = System.Security.Cryptography.RSA.Create();
        key.KeySize = 2048;
        return new SystemUserCredential(request, key, pipeline);
    }

    private void IssueTicket(string ticket, TimeSpan lifetime)
    {
        var issuedAt = _now;
        _superId.Respond(HttpStatusCode.OK, r => r.Content = Json(new JObject
        {
            ["IsSuccessful"] = true,
            ["ErrorMessage"] = string.Empty,
            ["Token"] = _signer.SystemUserToken(ticket, issuedAt, lifetime),
        }));
        if (!_keysServed)
        {
            _superId.Respond(HttpStatusCode.OK, r => r.Content = Json(_signer.Jwks()));
            _keysServed = true;
        }
    }

    private static async Task<HttpRequestMessage> AuthorizeAsync(SystemUserCredential credential)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://tenant.test/Cust12345/api/v1/List");
        await credential.AuthorizeAsync(request, CancellationToken.None);
        return request;
    }

    private static StringContent Json(JObject body) => new(body.ToString(), Encoding.UTF8, "application/json");
}

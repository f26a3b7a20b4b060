using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Tests.Support;

namespace SuperOfficeProvisioning.Sandbox.Tests;

/// <summary>The partner system user service: a signed system user token is exchanged for a ticket the WebAPI accepts.</summary>
public sealed class SystemUserTests(SharedSandbox shared) : IClassFixture<SharedSandbox>
{
    private const string Path = "login/api/PartnerSystemUser/Authenticate";
    private readonly TestSandbox _sandbox = shared.Sandbox;

    [Fact]
    public async Task A_token_signed_with_the_applications_key_gets_a_ticket_the_WebAPI_accepts()
    {
        var answer = await AuthenticateAsync(SignWithApplicationKey(DateTime.UtcNow));

        Assert.True(answer["IsSuccessful"]!.GetValue<bool>(), answer.ToJsonString());
        Assert.Equal("", answer["ErrorMessage"]!.GetValue<string>());
        var jwt = answer["Token"]!.GetValue<string>();
        var jwks = await (await _sandbox.Http.GetAsync("login/.well-known/jwks")).ExpectJsonAsync(HttpStatusCode.OK);
        Assert.True(Jwt.HasValidSignature(jwt, jwks));
        Assert.Equal("SuperOffice AS", Jwt.Payload(jwt)["iss"]!.GetValue<string>());
        // validate-security-tokens.md: the system user token's audience is "spn:" and the serial claim's value.
        Assert.Equal("spn:" + Jwt.Payload(jwt)["http://schemes.superoffice.net/identity/serial"]!.GetValue<string>(), Jwt.Payload(jwt)["aud"]!.GetValue<string>());
        var ticket = Jwt.Payload(jwt)["http://schemes.superoffice.net/identity/ticket"]!.GetValue<string>();
        Assert.StartsWith("7T:", ticket);

        using var api = TicketClient(ticket, _sandbox.Details.ClientSecret);
        var principal = await (await api.GetAsync("User/currentPrincipal")).ExpectJsonAsync(HttpStatusCode.OK);
        Assert.Equal("SystemAssociate", principal["Type"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_path_is_matched_ignoring_case()
    {
        using var response = await _sandbox.Http.PostJsonAsync("Login/api/PartnerSystemUser/Authenticate", Request(SignWithApplicationKey(DateTime.UtcNow)));

        var answer = await response.ExpectJsonAsync(HttpStatusCode.OK);

        Assert.True(answer["IsSuccessful"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_ticket_without_the_application_token_is_401()
    {
        var ticket = await TicketAsync();

        using var withoutAppToken = TicketClient(ticket, appToken: null);
        using var wrongAppToken = TicketClient(ticket, appToken: "not-the-secret");

        await (await withoutAppToken.GetAsync("List")).ExpectErrorAsync(HttpStatusCode.Unauthorized, "UnauthorizedAccessException");
        await (await wrongAppToken.GetAsync("List")).ExpectErrorAsync(HttpStatusCode.Unauthorized, "UnauthorizedAccessException");
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        using var otherKey = RSA.Create(2048);

        var answer = await AuthenticateAsync(Sign(_sandbox.Details.SystemUserToken, DateTime.UtcNow, otherKey));

        AssertRefused(answer, "signature");
    }

    [Fact]
    public async Task A_token_signed_ten_minutes_ago_is_refused()
    {
        var answer = await AuthenticateAsync(SignWithApplicationKey(DateTime.UtcNow.AddMinutes(-10)));

        AssertRefused(answer, "expired");
    }

    [Fact]
    public async Task A_wrong_application_token_or_context_identifier_is_refused()
    {
        var signed = SignWithApplicationKey(DateTime.UtcNow);

        var wrongSecret = await AuthenticateAsync(signed, applicationToken: "wrong");
        var wrongTenant = await AuthenticateAsync(signed, contextIdentifier: "Cust99999");

        AssertRefused(wrongSecret, "application token");
        AssertRefused(wrongTenant, "context identifier");
    }

    [Fact]
    public async Task A_malformed_signed_token_is_refused_with_200()
    {
        var answer = await AuthenticateAsync("no-dots-here");

        AssertRefused(answer, "form");
    }

    private async Task<string> TicketAsync()
    {
        var answer = await AuthenticateAsync(SignWithApplicationKey(DateTime.UtcNow));
        return Jwt.Payload(answer["Token"]!.GetValue<string>())["http://schemes.superoffice.net/identity/ticket"]!.GetValue<string>();
    }

    private async Task<JsonNode> AuthenticateAsync(string signedToken, string? applicationToken = null, string? contextIdentifier = null)
    {
        using var response = await _sandbox.Http.PostJsonAsync(Path, Request(signedToken, applicationToken, contextIdentifier));
        return await response.ExpectJsonAsync(HttpStatusCode.OK);
    }

    private object Request(string signedToken, string? applicationToken = null, string? contextIdentifier = null) => new
    {
        SignedSystemToken = signedToken,
        ApplicationToken = applicationToken ?? _sandbox.Details.ClientSecret,
        ContextIdentifier = contextIdentifier ?? _sandbox.Details.ContextIdentifier,
        ReturnTokenType = "JWT",
    };

    private string SignWithApplicationKey(DateTime signedAt)
    {
        using var key = RSA.Create();
        key.ImportFromPem(File.ReadAllText(_sandbox.Details.PrivateKeyPath));
        return Sign(_sandbox.Details.SystemUserToken, signedAt, key);
    }

    /// <summary>"{token}.{yyyyMMddHHmm}.{base64 RSA-SHA256 PKCS#1 v1.5 signature}", as the SuperOffice docs describe.</summary>
    private static string Sign(string systemUserToken, DateTime signedAt, RSA key)
    {
        var data = $"{systemUserToken}.{signedAt.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture)}";
        var signature = key.SignData(Encoding.UTF8.GetBytes(data), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return data + "." + Convert.ToBase64String(signature);
    }

    private HttpClient TicketClient(string ticket, string? appToken) =>
        _sandbox.CreateClient(_sandbox.RestUrl, headers =>
        {
            headers.Authorization = new AuthenticationHeaderValue("SOTicket", ticket);
            if (appToken is not null)
            {
                headers.Add("SO-AppToken", appToken);
            }
        });

    private static void AssertRefused(JsonNode answer, string messageFragment)
    {
        Assert.False(answer["IsSuccessful"]!.GetValue<bool>());
        Assert.Contains(messageFragment, answer["ErrorMessage"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Null(answer["Token"]);
    }
}

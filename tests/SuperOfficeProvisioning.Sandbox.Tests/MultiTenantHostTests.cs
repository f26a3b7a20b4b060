using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Tests.Support;
using SuperOfficeProvisioning.TestSupport;

namespace SuperOfficeProvisioning.Sandbox.Tests;

/// <summary>
/// One host serving several tenants behind one SuperID, as SuperOffice Online does: each tenant has its own data,
/// SCIM token, system user token, state and faults; a credential of one tenant opens nothing of another's.
/// </summary>
public sealed class MultiTenantHostTests : IAsyncLifetime
{
    private RunningSandboxHost _host = null!;
    private readonly List<HttpClient> _clients = [];

    public async Task InitializeAsync() =>
        _host = await SandboxHost.StartTenantsAsync(new SandboxOptions { Seed = 3 }.ForTenants(3));

    public async Task DisposeAsync()
    {
        _clients.ForEach(c => c.Dispose());
        await _host.DisposeAsync();
    }

    [Fact]
    public void The_tenants_share_the_host_superid_and_application_and_have_secrets_of_their_own()
    {
        var details = _host.Tenants.Select(t => t.Details).ToList();

        Assert.Equal(new[] { "Cust10001", "Cust10002", "Cust10003" }, details.Select(d => d.ContextIdentifier));
        Assert.Single(details.Select(d => d.Authority).Distinct());
        Assert.Single(details.Select(d => d.ClientId).Distinct());
        Assert.Single(details.Select(d => d.CertificateThumbprint).Distinct());
        Assert.Equal(3, details.Select(d => d.ScimToken).Distinct().Count());
        Assert.Equal(3, details.Select(d => d.SystemUserToken).Distinct().Count());
        Assert.Equal("https://127.0.0.1:" + details[0].BaseUri.Port + "/Cust10002/scim/v2/", details[1].ScimUrl.AbsoluteUri);
    }

    [Fact]
    public async Task A_user_made_in_one_tenant_is_in_no_other_and_another_tenants_scim_token_is_refused_and_counted()
    {
        var (first, second) = (_host.Tenants[0].Details, _host.Tenants[1].Details);
        var own = Client(first.ScimUrl, "Bearer", first.ScimToken);
        using var created = await own.PostJsonAsync("Users", new { schemas = new[] { "urn:ietf:params:scim:schemas:core:2.0:User" }, userName = "ada@contoso.example" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var foreign = await Client(second.ScimUrl, "Bearer", first.ScimToken).GetAsync("Users");

        Assert.Equal(HttpStatusCode.Unauthorized, foreign.StatusCode);
        Assert.Equal(1, _host.CrossTenantRequests);
        Assert.Single(_host.Tenants[0].GetSuperOfficeUsers());
        Assert.Empty(_host.Tenants[1].GetSuperOfficeUsers());
        Assert.Empty(_host.Tenants[2].GetSuperOfficeUsers());
    }

    [Fact]
    public async Task Each_tenants_system_user_signs_in_through_the_one_superid_and_its_ticket_opens_only_its_own_webapi()
    {
        var tickets = new List<string>();
        foreach (var tenant in _host.Tenants)
        {
            tickets.Add(await TicketAsync(tenant.Details));
        }

        for (var i = 0; i < tickets.Count; i++)
        {
            var details = _host.Tenants[i].Details;
            using var own = await TicketClient(_host.Tenants[i].Details, tickets[i]).GetAsync("List");
            using var other = await TicketClient(_host.Tenants[(i + 1) % 3].Details, tickets[i]).GetAsync("List");
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
        }

        Assert.Equal(3, _host.CrossTenantRequests);
    }

    [Fact]
    public async Task A_suspended_tenant_and_one_tenants_faults_leave_the_others_serving()
    {
        _host.Tenant("Cust10002").SetTenantState("Suspended");
        _host.Tenant("Cust10003").SetFaults(new FaultOptions { Script = { new ScriptedFault { Route = "GET /Cust10003/scim/v2/Users", Kind = FaultKind.ServiceUnavailable, Count = 1 } } });
        var http = Client(_host.Details.BaseUri, null, null);

        var states = new List<string>();
        foreach (var ctx in new[] { "Cust10001", "Cust10002", "Cust10003" })
        {
            var state = await (await http.GetAsync($"api/state/{ctx}")).ExpectJsonAsync(HttpStatusCode.OK);
            states.Add(state["State"]!.GetValue<string>());
        }

        var scim = _host.Tenants.Select(t => Client(t.Details.ScimUrl, "Bearer", t.Details.ScimToken)).ToList();
        using var running = await scim[0].GetAsync("Users");
        using var suspended = await scim[1].GetAsync("Users");
        using var faulted = await scim[2].GetAsync("Users");

        Assert.Equal(new[] { "Running", "Suspended", "Running" }, states);
        Assert.Equal(HttpStatusCode.OK, running.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, suspended.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, faulted.StatusCode);
        Assert.Equal(0, _host.Tenant("Cust10001").GetStats().InjectedFaults.GetValueOrDefault("ServiceUnavailable"));
        Assert.Equal(1, _host.Tenant("Cust10003").GetStats().InjectedFaults["ServiceUnavailable"]);
    }

    [Fact]
    public async Task Two_tenants_named_alike_are_refused()
    {
        var twice = new[] { new SandboxOptions { ContextIdentifier = "Cust1" }, new SandboxOptions { ContextIdentifier = "cust1" } };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => SandboxHost.StartTenantsAsync(twice));

        Assert.Contains("Cust1", error.Message);
    }

    private async Task<string> TicketAsync(SandboxDetails details)
    {
        using var key = RSA.Create();
        key.ImportFromPem(File.ReadAllText(details.PrivateKeyPath));
        var data = $"{details.SystemUserToken}.{DateTime.UtcNow.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture)}";
        var signed = data + "." + Convert.ToBase64String(key.SignData(Encoding.UTF8.GetBytes(data), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        using var response = await Client(details.BaseUri, null, null).PostJsonAsync("login/api/PartnerSystemUser/Authenticate", new
        {
            SignedSystemToken = signed,
            ApplicationToken = details.ClientSecret,
            ContextIdentifier = details.ContextIdentifier,
            ReturnTokenType = "JWT",
        });
        var answer = await response.ExpectJsonAsync(HttpStatusCode.OK);
        Assert.True(answer["IsSuccessful"]!.GetValue<bool>(), answer.ToJsonString());
        return Jwt.Payload(answer["Token"]!.GetValue<string>())["http://schemes.superoffice.net/identity/ticket"]!.GetValue<string>();
    }

    private HttpClient TicketClient(SandboxDetails details, string ticket)
    {
        var client = Client(new Uri(details.WebApiUrl, "v1/"), "SOTicket", ticket);
        client.DefaultRequestHeaders.Add("SO-AppToken", details.ClientSecret);
        return client;
    }

    private HttpClient Client(Uri baseAddress, string? scheme, string? credential)
    {
        var client = PinnedHttp.Client(_host.Details.CertificateThumbprint, baseAddress, TimeSpan.FromSeconds(90), followRedirects: false);
        if (scheme is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, credential);
        }

        _clients.Add(client);
        return client;
    }
}

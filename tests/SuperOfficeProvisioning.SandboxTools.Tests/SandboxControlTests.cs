using System.Management.Automation;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox;
using SuperOfficeProvisioning.SandboxTools.SandboxControl;
using SuperOfficeProvisioning.TestSupport;

namespace SuperOfficeProvisioning.SandboxTools.Tests;

public sealed class SandboxControlTests : IDisposable
{
    private readonly PowerShellSession session = new();
    private readonly SandboxInfo sandbox;
    private readonly HttpClient http;

    public SandboxControlTests()
    {
        var started = session.Invoke("Start-SoSandbox -ContextIdentifier Cust777 -Seed 42").Single();
        Assert.Equal(SandboxInfo.TypeName, started.TypeNames[0]);
        sandbox = (SandboxInfo)started.BaseObject;
        http = PinnedHttp.Client(sandbox.CertificateThumbprint);
    }

    public void Dispose()
    {
        session.Invoke("Stop-SoSandbox");
        http.Dispose();
        session.Dispose();
    }

    private Uri StatusUri => new(sandbox.BaseUri, $"api/state/{sandbox.ContextIdentifier}");

    [Fact]
    public void Start_returns_what_a_script_needs_with_secrets_as_SecureString()
    {
        Assert.Equal("Cust777", sandbox.ContextIdentifier);
        Assert.Equal(42, sandbox.Seed);
        Assert.Contains("/Cust777/", sandbox.ScimUrl.AbsolutePath);
        Assert.NotEmpty(SecureStrings.Reveal(sandbox.ScimToken));
        Assert.NotEmpty(SecureStrings.Reveal(sandbox.AccessToken));
        Assert.True(File.Exists(sandbox.PrivateKeyPath));
        Assert.DoesNotContain(SecureStrings.Reveal(sandbox.ScimToken), sandbox.ToString());
        Assert.Same(sandbox, session.Invoke("Get-SoSandbox").Single().BaseObject);
    }

    [Fact]
    public async Task Stats_count_requests_until_reset()
    {
        session.Invoke("Reset-SoSandboxStats");
        using (var response = await http.GetAsync(StatusUri))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var stats = (SandboxStats)session.Invoke("Get-SoSandboxStats").Single().BaseObject;
        Assert.Equal(1, stats.TotalRequests);
        Assert.Equal(0, stats.Writes);
        Assert.Equal(1, stats.ByStatus[200]);

        session.Invoke("Reset-SoSandboxStats");
        Assert.Equal(0, session.InvokeScalar<long>("(Get-SoSandboxStats).TotalRequests"));
    }

    [Fact]
    public async Task A_scripted_fault_hits_the_next_request_only()
    {
        session.Invoke("Set-SoSandboxFault -NextFault ServiceUnavailable -RetryAfterSeconds 2");

        using var faulted = await http.GetAsync(StatusUri);
        using var next = await http.GetAsync(StatusUri);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, faulted.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), faulted.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal(1, session.InvokeScalar<long>("(Get-SoSandboxStats).InjectedFaults['ServiceUnavailable']"));
    }

    [Fact]
    public async Task Invalid_faults_are_refused_and_Clear_removes_all()
    {
        var error = session.CatchTerminatingError("Set-SoSandboxFault -ServiceUnavailableRate 0.6 -DropConnectionRate 0.6");
        Assert.StartsWith("InvalidFaults,", error.FullyQualifiedErrorId);

        session.Invoke("Set-SoSandboxFault -ServiceUnavailableRate 1; Set-SoSandboxFault -Clear");
        using var response = await http.GetAsync(StatusUri);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_tenant_state_shows_in_the_status_api()
    {
        session.Invoke("Set-SoSandboxTenantState -State Suspended");

        var status = await http.GetFromJsonAsync<JsonObject>(StatusUri);

        Assert.Equal("Suspended", (string?)status!["State"]);
        Assert.False((bool)status["IsRunning"]!);
    }

    [Fact]
    public async Task The_example_scim_rules_give_group_members_role_group_and_licence()
    {
        var userId = await ScimPostAsync("Users", new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:User"),
            ["userName"] = "sigrid.lovas@contoso.example",
            ["externalId"] = Guid.NewGuid().ToString(),
            ["active"] = true,
        });
        // Start-SoSandbox starts with the groups the rules name, as a configured gateway has them.
        var groupId = await ScimFindGroupAsync("SuperOffice Sales");
        await ScimSendAsync(HttpMethod.Patch, "Groups/" + groupId, new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:PatchOp"),
            ["Operations"] = new JsonArray(new JsonObject
            {
                ["op"] = "add",
                ["path"] = "members",
                ["value"] = new JsonArray(new JsonObject { ["value"] = userId }),
            }),
        });

        var user = session.Invoke("Get-SoSandboxUser -UserName 'sigrid*'").Single();

        Assert.Equal("SuperOffice.SandboxUser", user.TypeNames[0]);
        Assert.Equal("Sales user", user.Properties["Role"].Value);
        Assert.Equal("Sales", user.Properties["UserGroup"].Value);
        Assert.Contains("SuperOffice CRM Sales Premium", (IEnumerable<string>)user.Properties["LicenseOwners"].Value);
    }

    [Fact]
    public void One_session_runs_one_sandbox()
    {
        var error = session.CatchTerminatingError("Start-SoSandbox");

        Assert.StartsWith("SandboxAlreadyRunning,", error.FullyQualifiedErrorId);
    }

    [Fact]
    public void After_Stop_the_sandbox_cmdlets_say_none_is_running()
    {
        session.Invoke("Stop-SoSandbox");

        var error = session.CatchTerminatingError("Get-SoSandboxStats");

        Assert.StartsWith("NoSandboxRunning,", error.FullyQualifiedErrorId);
        Assert.Empty(session.Invoke("Get-SoSandbox"));
        Assert.False(File.Exists(sandbox.PrivateKeyPath));
    }

    private async Task<string> ScimPostAsync(string resource, JsonObject body)
    {
        var created = await ScimSendAsync(HttpMethod.Post, resource, body, HttpStatusCode.Created);
        return (string)created!["id"]!;
    }

    private async Task<string> ScimFindGroupAsync(string displayName)
    {
        var found = await ScimSendAsync(HttpMethod.Get, $"Groups?filter={Uri.EscapeDataString($"displayName eq \"{displayName}\"")}", null);
        return (string)found!["Resources"]![0]!["id"]!;
    }

    private async Task<JsonObject?> ScimSendAsync(HttpMethod method, string resource, JsonObject? body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, new Uri(sandbox.ScimUrl, resource));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, new MediaTypeHeaderValue("application/scim+json"));
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SecureStrings.Reveal(sandbox.ScimToken));
        using var response = await http.SendAsync(request);
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return null;
        }

        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonObject>();
    }
}

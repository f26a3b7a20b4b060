using System.Net;
using SuperOfficeProvisioning.Sandbox.Tests.Support;

namespace SuperOfficeProvisioning.Sandbox.Tests;

public sealed class TenantStatusTests
{
    [Theory]
    [InlineData("Running", true)]
    [InlineData("OnlineMaintenance", true)]
    [InlineData("Unknown", false)]
    [InlineData("Provisioning", false)]
    [InlineData("Deleted", false)]
    [InlineData("Suspended", false)]
    [InlineData("OfflineMaintenance", false)]
    [InlineData("ProvisioningFailed", false)]
    [InlineData("Deleting", false)]
    [InlineData("DeleteFailed", false)]
    [InlineData("MigrationPending", false)]
    public async Task Status_reports_the_state_and_whether_it_is_running(string state, bool isRunning)
    {
        await using var sandbox = await TestSandbox.StartAsync(options => options.TenantState = state);

        var body = await (await sandbox.Http.GetAsync("api/state/Cust12345")).ExpectJsonAsync(HttpStatusCode.OK);

        Assert.Equal("Cust12345", body["ContextIdentifier"]!.GetValue<string>());
        Assert.Equal(state, body["State"]!.GetValue<string>());
        Assert.Equal(isRunning, body["IsRunning"]!.GetValue<bool>());
        Assert.Equal(new Uri(sandbox.Details.BaseUri, "Cust12345").AbsoluteUri, body["Endpoint"]!.GetValue<string>());
        Assert.Equal(new Uri(sandbox.Details.BaseUri, "Cust12345/api").AbsoluteUri, body["Api"]!.GetValue<string>());
        Assert.True(body["ValidUntil"]!.GetValue<DateTime>() > DateTime.UtcNow);
        Assert.False(string.IsNullOrEmpty(body["Version"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_unknown_tenant_is_reported_as_Unknown()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var body = await (await sandbox.Http.GetAsync("api/state/Cust99999")).ExpectJsonAsync(HttpStatusCode.OK);

        Assert.Equal("Cust99999", body["ContextIdentifier"]!.GetValue<string>());
        Assert.Equal("Unknown", body["State"]!.GetValue<string>());
        Assert.False(body["IsRunning"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("Cust99999/api/v1/List")]
    [InlineData("Cust99999/scim/v2/Users")]
    public async Task A_tenant_this_host_does_not_serve_answers_421(string path)
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var response = await sandbox.Http.GetAsync(path);

        await response.ExpectErrorAsync(HttpStatusCode.MisdirectedRequest, "SoMisdirectedRequestException");
    }

    [Theory]
    [InlineData("Cust12345/api/v1/List")]
    [InlineData("Cust12345/scim/v2/Users")]
    public async Task A_suspended_tenant_answers_503_on_the_WebAPI_and_SCIM_routes(string path)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        sandbox.Sandbox.SetTenantState("Suspended");

        var response = await sandbox.Http.GetAsync(path);

        await response.ExpectErrorAsync(HttpStatusCode.ServiceUnavailable, "SoTenantNotRunningException");
        Assert.Null(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Offline_maintenance_answers_503_with_Retry_After_and_recovers_when_running_again()
    {
        await using var sandbox = await TestSandbox.StartAsync(options => options.TenantState = "OfflineMaintenance");

        var during = await sandbox.Api.GetAsync("List");
        sandbox.Sandbox.SetTenantState("running");
        var after = await sandbox.Api.GetAsync("List");

        await during.ExpectErrorAsync(HttpStatusCode.ServiceUnavailable, "SoTenantNotRunningException");
        Assert.NotNull(during.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task An_unknown_state_name_is_refused()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        Assert.Throws<ArgumentException>(() => sandbox.Sandbox.SetTenantState("Sleeping"));
        await Assert.ThrowsAsync<ArgumentException>(() => SandboxHost.StartAsync(new SandboxOptions { TenantState = "Sleeping" }));
    }
}

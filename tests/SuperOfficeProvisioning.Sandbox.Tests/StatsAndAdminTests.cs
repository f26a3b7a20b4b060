using System.Net;
using System.Net.Http.Json;
using SuperOfficeProvisioning.Sandbox.Tests.Support;

namespace SuperOfficeProvisioning.Sandbox.Tests;

/// <summary>The request figures, and the loopback admin endpoint that sets faults and tenant state at run time.</summary>
public sealed class StatsAndAdminTests
{
    [Fact]
    public async Task Stats_count_requests_by_route_template_and_status_and_count_writes()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        sandbox.Sandbox.ResetStats();

        await sandbox.Api.GetAsync("List");
        await sandbox.Api.PostJsonAsync("List", new { Name = "Counted" });
        await sandbox.Api.GetAsync("List/NoSuchList");
        await sandbox.Api.PostJsonAsync("List", new { Tooltip = "no name, no write" });

        var stats = sandbox.Sandbox.GetStats();
        Assert.Equal(4, stats.TotalRequests);
        Assert.Equal(1, stats.Writes);
        Assert.Equal(1, stats.ByRoute["GET /{ctx}/api/v1/List"]);
        Assert.Equal(2, stats.ByRoute["POST /{ctx}/api/v1/List"]);
        Assert.Equal(1, stats.ByRoute["GET /{ctx}/api/v1/List/{idOrName}"]);
        Assert.Equal(2, stats.ByStatus[200]); // the list, and the create (documented as 200)
        Assert.Equal(1, stats.ByStatus[404]);
        Assert.Equal(1, stats.ByStatus[400]);

        sandbox.Sandbox.ResetStats();
        Assert.Equal(0, sandbox.Sandbox.GetStats().TotalRequests);
    }

    [Fact]
    public async Task The_admin_endpoint_needs_the_admin_key()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var withoutKey = await sandbox.Http.GetAsync("_sandbox/stats");
        using var wrongKey = new HttpRequestMessage(HttpMethod.Get, "_sandbox/stats");
        wrongKey.Headers.Add("X-Sandbox-Admin-Key", "guess");

        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await sandbox.Http.SendAsync(wrongKey)).StatusCode);
    }

    [Fact]
    public async Task The_admin_endpoint_sets_faults_and_tenant_state_and_is_neither_faulted_nor_counted()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var admin = sandbox.CreateClient(sandbox.Details.BaseUri, headers => headers.Add("X-Sandbox-Admin-Key", sandbox.Details.AdminKey));

        var setFaults = await admin.PutAsync("_sandbox/faults", HttpAssertions.Json(new { DropConnectionRate = 1.0 }));
        var faults = await (await admin.GetAsync("_sandbox/faults")).ExpectJsonAsync(HttpStatusCode.OK);
        var setState = await admin.PutAsync("_sandbox/tenant-state", HttpAssertions.Json(new { State = "Suspended" }));
        var badState = await admin.PutAsync("_sandbox/tenant-state", HttpAssertions.Json(new { State = "Napping" }));
        var badFaults = await admin.PutAsync("_sandbox/faults", HttpAssertions.Json(new { LostResponseRate = 2 }));
        await admin.PutAsync("_sandbox/faults", HttpAssertions.Json(new { }));
        var status = await (await sandbox.Http.GetAsync("api/state/Cust12345")).ExpectJsonAsync(HttpStatusCode.OK);
        var stats = await (await admin.GetAsync("_sandbox/stats")).ExpectJsonAsync(HttpStatusCode.OK);
        var reset = await admin.PostAsync("_sandbox/stats/reset", null);

        Assert.Equal(HttpStatusCode.NoContent, setFaults.StatusCode);
        Assert.Equal(1.0, faults["DropConnectionRate"]!.GetValue<double>());
        Assert.Equal(HttpStatusCode.NoContent, setState.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badState.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFaults.StatusCode);
        Assert.Equal("Suspended", status["State"]!.GetValue<string>());
        Assert.Equal(1, stats["TotalRequests"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(0, sandbox.Sandbox.GetStats().TotalRequests);
    }

    [Fact]
    public async Task Dropped_connections_still_count_as_requests_without_a_status()
    {
        await using var sandbox = await TestSandbox.StartAsync(options => options.Faults.DropConnectionRate = 1);

        await Assert.ThrowsAsync<HttpRequestException>(() => sandbox.Http.GetAsync("api/state/Cust12345"));

        var stats = sandbox.Sandbox.GetStats();
        Assert.Equal(1, stats.TotalRequests);
        Assert.Empty(stats.ByStatus);
        Assert.Equal(1, stats.InjectedFaults["DroppedConnection"]);
        Assert.Equal(1, stats.ByRoute["GET /api/state/{ctx}"]);
    }
}

using SuperOfficeProvisioning.Engine.Apps;
using SuperOfficeProvisioning.Engine.Apps.Provisioning;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.Credentials;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Hosting;
using SuperOfficeProvisioning.Engine.Http;
using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Engine.Tenants;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Apps;

/// <summary>
/// An application installed into several tenants at once, the way the cmdlets run it over piped connections: each
/// tenant on its own connection, its rows kept by its own host, one summary per tenant.
/// </summary>
public sealed class TenantFanOutProvisioningTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Each_tenant_gets_its_own_summary_and_a_tenant_that_is_not_running_fails_alone()
    {
        var tenants = Enumerable.Range(0, 5).Select(_ => new FakeWebPanelTenant()).ToList();
        tenants[2].State = "Suspended";
        var connections = tenants.Select(t => t.Connect()).ToList();
        var hosts = connections.Select(c => new TenantObjectHost(TenantApplications.TenantOf(c), new Approving())).ToList();
        using var applications = new TenantApplications(3);

        // Every fake tenant has the same context identifier and address, so they are also one tenant to the fan-out: one after another.
        var runs = await Task.WhenAll(connections.Select((connection, i) =>
            applications.RunAsync(connection, hosts[i], p => p.MaxRemovals = 0, (p, _, token) => p.InstallAsync(PanelRun.Application(), token), CancellationToken.None))).WaitAsync(Generous);
        var results = runs.Select((run, i) => TenantResult.From("Install", "Test", run, hosts[i], new TenantShard(1, 1), whatIf: false)).ToList();

        Assert.Equal(new[] { "Succeeded", "Succeeded", "Failed", "Succeeded", "Succeeded" }, results.Select(r => r.Status));
        Assert.All(results.Where(r => r.Status == "Succeeded"), r => Assert.Equal((1, 1, 0), (r.Objects, r.Created, r.Failed)));
        Assert.Equal(SoErrorKind.Unavailable, runs[2].Failure!.Kind);
        Assert.Equal("TenantNotRunning", results[2].ErrorId);
        Assert.Contains("Suspended", results[2].Error, StringComparison.Ordinal);
        Assert.Equal(0, results[2].Objects);
        Assert.Empty(tenants[2].Writes);
        Assert.All(tenants.Where(t => t.State == "Running"), t => Assert.Single(t.Panels));
        Assert.All(results, r => Assert.Equal(FakeWebPanelTenant.Context, r.ContextIdentifier));

        // Every tenant's request count is exactly what reached that tenant.
        Assert.Equal(tenants.Select(t => (long)t.Requests.Count), results.Select(r => r.Requests));
        Assert.All(results, r => Assert.Equal("1/1", r.Shard));
        connections.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task A_connection_without_a_WebApi_side_fails_alone_and_the_other_tenant_is_tested()
    {
        using var applications = new TenantApplications(2);
        var tenant = new FakeWebPanelTenant();
        using var connection = tenant.Connect();
        using var scimOnly = SoConnection.Create(null, new ScimEndpoint(new Uri("https://scim.example/scim/v2/"), Secret.FromPlainText("t")), null, new HttpPipeline(new HttpPipelineOptions()));
        var host = new TenantObjectHost("Cust777", new Approving());

        var runs = await Task.WhenAll(
            applications.RunAsync(scimOnly, new TenantObjectHost("scim", new Approving()), null, (p, _, token) => p.TestAsync(PanelRun.Application(), token), CancellationToken.None),
            applications.RunAsync(connection, host, null, (p, _, token) => p.TestAsync(PanelRun.Application(), token), CancellationToken.None)).WaitAsync(Generous);

        Assert.Equal("NotConnected", runs[0].Failure!.ErrorId);
        Assert.True(runs[1].Succeeded);
        Assert.Equal(ApplicationObjectStatus.Missing, host.Rows.Single().Status);
        Assert.Empty(tenant.Writes);
    }

    [Fact]
    public async Task A_failed_object_fails_the_tenant_with_the_objects_error_and_WhatIf_writes_nothing()
    {
        var tenant = new FakeWebPanelTenant();
        tenant.AddPanel(PanelRun.ProgId, "https://someone-else.example/"); // there, but not the application's: NotOwned
        var whatIf = new FakeWebPanelTenant();
        var owned = new TenantObjectHost("Cust1", new Approving());
        var tried = new TenantObjectHost("Cust2", new Approving(WriteDecision.WhatIf));

        var runs = await TenantFanOut.RunAllAsync(new[] { (tenant, owned), (whatIf, tried) }, _ => "Cust", x => ReferenceEquals(x.Item2, owned) ? "owned" : "tried", 2, async (x, token) =>
        {
            using var connection = x.Item1.Connect();
            await new ApplicationProvisioner(connection, x.Item2).InstallAsync(PanelRun.Application(), token);
            return true;
        }, CancellationToken.None).WaitAsync(Generous);

        var notOwned = TenantResult.From("Install", "Test", runs[0], owned, null, whatIf: false);
        Assert.Equal(("Failed", 1, 0), (notOwned.Status, notOwned.NotOwned, notOwned.Failed));
        Assert.StartsWith("WebPanel 'Acme.Test.Panel': ", notOwned.Error, StringComparison.Ordinal);
        Assert.NotNull(owned.FailureOf(owned.Rows.Single()));
        Assert.Null(notOwned.Shard);

        var wouldCreate = TenantResult.From("Install", "Test", runs[1], tried, null, whatIf: true);
        Assert.Equal(("WhatIf", 1), (wouldCreate.Status, wouldCreate.Created));
        Assert.True(tried.Rows.Single().WhatIf);
        Assert.Empty(whatIf.Writes);
    }

    [Fact]
    public void The_tenant_host_names_the_tenant_when_it_asks_and_keeps_progress_to_itself()
    {
        var inner = new Approving();
        var host = new TenantObjectHost("Cust42", inner);

        host.Confirm("Web panel 'X'", "Create");
        host.Progress("Installing", 1, 2);
        host.Failed(new ApplicationObjectResult("App", "WebPanel", "X", "X") { Status = "Failed" }, new SoException("Boom", SoErrorKind.WriteFailed, "boom"));

        Assert.Equal("Cust42: Web panel 'X'", Assert.Single(inner.Targets));
        Assert.Equal(0, inner.ProgressCalls);
        Assert.Single(inner.Reported); // a failed row is passed on as a row; the tenant's one error is the command's to write
        Assert.Equal("Boom", host.FailureOf(host.Rows.Single())!.ErrorId);
    }

    private sealed class Approving(WriteDecision decision = WriteDecision.Write) : IOperationHost<ApplicationObjectResult>
    {
        public List<string> Targets { get; } = new();

        public List<ApplicationObjectResult> Reported { get; } = new();

        public int ProgressCalls { get; private set; }

        public WriteDecision Confirm(string target, string action)
        {
            lock (Targets)
            {
                Targets.Add(target);
            }

            return decision;
        }

        public void Progress(string activity, int done, int total) => ProgressCalls++;

        public void Report(ApplicationObjectResult result)
        {
            lock (Reported)
            {
                Reported.Add(result);
            }
        }

        public void Failed(ApplicationObjectResult result, SoException failure) => throw new InvalidOperationException("The tenant host passes failed rows on as rows.");
    }
}

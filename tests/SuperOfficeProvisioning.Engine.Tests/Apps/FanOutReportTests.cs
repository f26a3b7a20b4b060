using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Apps;
using SuperOfficeProvisioning.Engine.Apps.Provisioning;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Hosting;
using SuperOfficeProvisioning.Engine.Tenants;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Apps;

public sealed class FanOutReportTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "so-report-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, true);
        }
    }

    [Fact]
    public async Task Writes_every_tenant_in_input_order_with_its_objects_and_replaces_an_old_report_whole()
    {
        var path = Path.Combine(_folder, "nested", "report.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "an earlier run's report");
        var started = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var report = new FanOutReport("Install-SoApplication", started, whatIf: false, throttleLimit: 16);
        report.AddApplication(new ApplicationDefinition("Acme", "Acme.App", "acme.app.json") { Version = "2.0.0" });

        // Added as they complete (second first); written in the order the tenants came.
        report.Add(1, 0, await ResultAsync("Cust2", failure: new SoException("TenantNotRunning", SoErrorKind.Unavailable, "Tenant 'Cust2' is not running.")), new TenantObjectHost("Cust2", new Quiet()));
        var host = new TenantObjectHost("Cust1", new Quiet());
        host.Report(new ApplicationObjectResult("Acme", "List", "Status", "Status") { Status = "Created", Id = 7 });
        host.Failed(new ApplicationObjectResult("Acme", "WebPanel", "Panel", "Acme.App.Panel") { Status = "Failed" }, new SoException("WebApiRequestFailed", SoErrorKind.WriteFailed, "The server answered 500."));
        report.Add(0, 0, await ResultAsync("Cust1", objects: host), host);

        report.WriteTo(path, started.AddSeconds(90));

        using var text = new Newtonsoft.Json.JsonTextReader(new StringReader(File.ReadAllText(path))) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
        var json = JObject.Load(text);
        Assert.Equal("Install-SoApplication", (string?)json["command"]);
        Assert.Equal("2025-01-02T03:04:05.0000000+00:00", (string?)json["startedAt"]);
        Assert.Equal(90.0, (double)json["durationSeconds"]!);
        Assert.Equal("2.0.0", (string?)json["applications"]![0]!["version"]);
        Assert.Equal("3/8", (string?)json["shard"]);
        Assert.Equal(new[] { "Cust1", "Cust2" }, json["tenants"]!.Select(t => (string?)t["contextIdentifier"]));
        Assert.Equal(new[] { "Failed", "Failed" }, json["tenants"]!.Select(t => (string?)t["status"]));
        Assert.Equal(2, (int)json["summary"]!["failed"]!);
        var objects = json["tenants"]![0]!["objects"]!;
        Assert.Equal(new[] { "Created", "Failed" }, objects.Select(o => (string?)o["status"]));
        Assert.Equal(7, (int)objects[0]!["id"]!);
        Assert.Equal("The server answered 500.", (string?)objects[1]!["error"]);
        Assert.Equal("TenantNotRunning", (string?)json["tenants"]![1]!["errorId"]);
        Assert.Equal(new[] { "report.json" }, Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void A_report_that_cannot_be_written_is_an_engine_failure_and_leaves_no_temporary_file()
    {
        Directory.CreateDirectory(_folder);
        var blocked = Path.Combine(_folder, "is-a-folder");
        Directory.CreateDirectory(blocked);
        var report = new FanOutReport("Test-SoApplication", DateTimeOffset.UtcNow, whatIf: false, throttleLimit: 4);

        var failure = Assert.Throws<SoException>(() => report.WriteTo(blocked, DateTimeOffset.UtcNow));

        Assert.Equal("ReportNotWritten", failure.ErrorId);
        Assert.Equal(SoErrorKind.WriteFailed, failure.Kind);
        Assert.Equal(new[] { blocked }, Directory.GetFileSystemEntries(_folder));
    }

    private static async Task<TenantResult> ResultAsync(string tenant, SoException? failure = null, TenantObjectHost? objects = null)
    {
        using var fanOut = new TenantFanOut(1);
        var run = await fanOut.RunAsync(tenant, tenant, _ => failure is null ? Task.FromResult(true) : throw failure, CancellationToken.None);
        return TenantResult.From("Install", "Acme", run, objects ?? new TenantObjectHost(tenant, new Quiet()), TenantShard.Parse("3/8"), whatIf: false);
    }

    private sealed class Quiet : IOperationHost<ApplicationObjectResult>
    {
        public WriteDecision Confirm(string target, string action) => WriteDecision.Write;

        public void Progress(string activity, int done, int total)
        {
        }

        public void Report(ApplicationObjectResult result)
        {
        }

        public void Failed(ApplicationObjectResult result, SoException failure)
        {
        }
    }
}

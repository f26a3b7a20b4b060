using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Apps;
using SuperOfficeProvisioning.Engine.Apps.Provisioning;
using SuperOfficeProvisioning.Engine.Errors;
using Xunit;
using SuperOfficeProvisioning.Engine.Hosting;

namespace SuperOfficeProvisioning.Engine.Tests.Apps;

/// <summary>Runs a one-panel application against a fake tenant and collects its rows and per-object failures.</summary>
internal static class PanelRun
{
    public const string ProgId = "Acme.Test.Panel";
    public const string Url = "https://acme.example/contact";

    public static async Task<List<ApplicationObjectResult>> RunAsync(FakeWebPanelTenant tenant,
        Func<ApplicationProvisioner, Func<ApplicationDefinition, CancellationToken, Task>> step, WriteDecision decision = WriteDecision.Write)
    {
        var (rows, failures) = await RunWithFailuresAsync(tenant, step, decision);
        Assert.Empty(failures);
        return rows;
    }

    public static async Task<(List<ApplicationObjectResult> Rows, List<SoException> Failures)> RunWithFailuresAsync(FakeWebPanelTenant tenant,
        Func<ApplicationProvisioner, Func<ApplicationDefinition, CancellationToken, Task>> step, WriteDecision decision = WriteDecision.Write)
    {
        var observer = new RecordingObserver(decision);
        using var connection = tenant.Connect();
        await step(new ApplicationProvisioner(connection, observer))(Application(), CancellationToken.None);
        return (observer.Rows, observer.Failures);
    }

    public static ApplicationDefinition Application()
    {
        var manifest = new JObject
        {
            ["name"] = "Test",
            ["progIdPrefix"] = "Acme.Test",
            ["webPanels"] = new JArray(new JObject { ["key"] = "Panel", ["name"] = "Invoices", ["visibleIn"] = "ContactCard", ["url"] = Url }),
        };
        return ManifestLoader.Load(manifest.ToString(), "test", null, FakeWebPanelTenant.Context);
    }

    internal sealed class RecordingObserver(WriteDecision decision) : IOperationHost<ApplicationObjectResult>
    {
        public void Progress(string activity, int done, int total)
        {
        }

        public List<ApplicationObjectResult> Rows { get; } = new();

        public WriteDecision Confirm(string target, string action) => decision;

        public void Report(ApplicationObjectResult result) => Rows.Add(result);

        public List<SoException> Failures { get; } = new();

        public void Failed(ApplicationObjectResult result, SoException error)
        {
            Failures.Add(error);
            Rows.Add(result);
        }
    }
}

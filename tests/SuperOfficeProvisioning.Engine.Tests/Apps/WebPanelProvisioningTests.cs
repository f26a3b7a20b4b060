using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Apps;
using SuperOfficeProvisioning.Engine.Errors;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Apps;

/// <summary>Install, Test and Uninstall of web panels against a fake tenant: what is written, and the rows reported.</summary>
public sealed class WebPanelProvisioningTests
{
    private const string ProgId = "Acme.Test.Panel";
    private const string Url = "https://acme.example/contact";
    private readonly FakeWebPanelTenant _tenant = new();

    [Fact]
    public async Task A_missing_panel_is_created_from_the_default_entity()
    {
        var rows = await RunAsync(p => p.InstallAsync);

        var row = Assert.Single(rows);
        Assert.Equal(ApplicationObjectStatus.Created, row.Status);
        var (call, body) = Assert.Single(_tenant.Writes);
        Assert.Equal("Save", call);
        Assert.Equal(0, (int)body["WebPanelId"]!);
        Assert.Equal(Url, (string?)body["Url"]);
        Assert.True((bool)body["OnTravel"]!); // the server's default, untouched: the manifest does not manage it
        Assert.Equal(row.Id, (int)_tenant.Panels.Single()["WebPanelId"]!);
    }

    [Fact]
    public async Task A_panel_as_the_manifest_wants_it_is_unchanged_and_nothing_is_written()
    {
        _tenant.AddPanel(ProgId, Url);

        var row = Assert.Single(await RunAsync(p => p.InstallAsync));

        Assert.Equal(ApplicationObjectStatus.Unchanged, row.Status);
        Assert.Empty(_tenant.Writes);
    }

    [Fact]
    public async Task Only_the_differing_field_changes_and_the_others_keep_their_values()
    {
        var existing = _tenant.AddPanel(ProgId, "https://old.example/");
        existing["Tooltip"] = "kept";

        var row = Assert.Single(await RunAsync(p => p.InstallAsync));

        Assert.Equal(ApplicationObjectStatus.Updated, row.Status);
        Assert.Equal(new[] { "Url" }, row.ChangedFields);
        var saved = Assert.Single(_tenant.Writes).Body;
        Assert.Equal(Url, (string?)saved["Url"]);
        Assert.Equal("kept", (string?)saved["Tooltip"]);
        Assert.Equal((int)existing["WebPanelId"]!, (int)saved["WebPanelId"]!);
    }

    [Fact]
    public async Task A_soft_deleted_panel_is_revived_not_duplicated()
    {
        _tenant.AddPanel(ProgId, Url, deleted: true);

        var row = Assert.Single(await RunAsync(p => p.InstallAsync));

        Assert.Equal(ApplicationObjectStatus.Revived, row.Status);
        Assert.Equal(new[] { "Deleted" }, row.ChangedFields);
        Assert.Single(_tenant.Panels);
        Assert.False((bool)_tenant.Panels.Single()["Deleted"]!);
    }

    [Fact]
    public async Task Duplicates_are_removed_and_the_oldest_live_panel_is_kept()
    {
        var kept = _tenant.AddPanel(ProgId, Url);
        _tenant.AddPanel(ProgId, Url);
        _tenant.AddPanel(ProgId, Url, deleted: true);

        var rows = await RunAsync(p => p.InstallAsync);

        Assert.Equal(new[] { "Unchanged", "Removed", "Removed" }, rows.Select(r => r.Status));
        Assert.Equal((int)kept["WebPanelId"]!, (int)_tenant.Panels.Single()["WebPanelId"]!);
    }

    [Fact]
    public async Task WhatIf_reports_the_same_rows_and_writes_nothing()
    {
        _tenant.AddPanel(ProgId, "https://old.example/");

        var row = Assert.Single(await RunAsync(p => p.InstallAsync, WriteDecision.WhatIf));

        Assert.Equal(ApplicationObjectStatus.Updated, row.Status);
        Assert.True(row.WhatIf);
        Assert.Empty(_tenant.Writes);
    }

    [Fact]
    public async Task Test_reports_drift_field_by_field()
    {
        var existing = _tenant.AddPanel(ProgId, "https://old.example/");
        existing["VisibleIn"] = "PersonCard";

        var row = Assert.Single(await RunAsync(p => p.TestAsync));

        Assert.Equal(ApplicationObjectStatus.Drifted, row.Status);
        Assert.Equal(new[] { "VisibleIn", "Url" }, row.ChangedFields);
        Assert.Empty(_tenant.Writes);
    }

    [Fact]
    public async Task Uninstall_removes_every_copy_of_the_panel_and_leaves_others_alone()
    {
        _tenant.AddPanel(ProgId, Url);
        _tenant.AddPanel(ProgId, Url, deleted: true);
        var foreign = _tenant.AddPanel("Other.App.Panel", Url);

        var row = Assert.Single(await RunAsync(p => p.UninstallAsync));

        Assert.Equal(ApplicationObjectStatus.Removed, row.Status);
        Assert.Equal(foreign, Assert.Single(_tenant.Panels));
    }

    [Fact]
    public async Task A_tenant_that_is_not_running_stops_the_run_before_any_webapi_request()
    {
        _tenant.State = "Suspended";

        var error = await Assert.ThrowsAsync<SoException>(() => RunAsync(p => p.InstallAsync));

        Assert.Equal("TenantNotRunning", error.ErrorId);
        Assert.Contains("Suspended", error.Message);
        Assert.Equal(new[] { "GET /api/state/" + FakeWebPanelTenant.Context }, _tenant.Requests);
    }

    private async Task<List<ApplicationObjectResult>> RunAsync(
        Func<ApplicationProvisioner, Func<ApplicationDefinition, CancellationToken, Task>> step, WriteDecision decision = WriteDecision.Write)
    {
        var observer = new RecordingObserver(decision);
        using var connection = _tenant.Connect();
        await step(new ApplicationProvisioner(connection, observer))(Application(), CancellationToken.None);
        return observer.Rows;
    }

    private static ApplicationDefinition Application()
    {
        var manifest = new JObject
        {
            ["name"] = "Test",
            ["progIdPrefix"] = "Acme.Test",
            ["webPanels"] = new JArray(new JObject { ["key"] = "Panel", ["name"] = "Invoices", ["visibleIn"] = "ContactCard", ["url"] = Url }),
        };
        return ManifestLoader.Load(manifest.ToString(), "test", null, FakeWebPanelTenant.Context);
    }

    private sealed class RecordingObserver(WriteDecision decision) : IProvisioningObserver
    {
        public List<ApplicationObjectResult> Rows { get; } = new();

        public WriteDecision Confirm(string target, string action) => decision;

        public void Report(ApplicationObjectResult result) => Rows.Add(result);

        public void Failed(ApplicationObjectResult result, SoException error) => throw error;
    }
}

using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Apps;
using SuperOfficeProvisioning.Engine.Apps.Provisioning;
using SuperOfficeProvisioning.Engine.Errors;
using Xunit;
using SuperOfficeProvisioning.Engine.Hosting;

namespace SuperOfficeProvisioning.Engine.Tests.Apps;

/// <summary>
/// Install, Test and Uninstall of web panels against a fake tenant: what is written, what the install record says,
/// and the rows reported. Only panels the record names are ever changed.
/// </summary>
public sealed class WebPanelProvisioningTests
{
    private const string ProgId = PanelRun.ProgId;
    private const string Url = PanelRun.Url;
    private readonly FakeWebPanelTenant _tenant = new();

    [Fact]
    public async Task A_missing_panel_is_created_from_the_default_entity_and_recorded_with_its_create_announced_first()
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
        Assert.True(_tenant.Keys.Records(ApplicationObjectKind.WebPanel, ProgId, row.Id!.Value));
        Assert.False(_tenant.Keys.Announces(ApplicationObjectKind.WebPanel, ProgId));
        var announce = _tenant.Requests.FindIndex(r => r.StartsWith("POST") && r.EndsWith("/Key"));
        var save = _tenant.Requests.FindIndex(r => r.EndsWith("/SaveWebPanelEntity"));
        Assert.InRange(announce, 0, save - 1); // write-ahead: the record hears of the create before the create is sent
        Assert.Equal(3, _tenant.Keys.Writes.Count); // announced, recorded, announcement removed
    }

    [Fact]
    public async Task A_recorded_panel_as_the_manifest_wants_it_is_unchanged_and_nothing_is_written()
    {
        _tenant.AddOwnedPanel(ProgId, Url);

        var row = Assert.Single(await RunAsync(p => p.InstallAsync));

        Assert.Equal(ApplicationObjectStatus.Unchanged, row.Status);
        Assert.Empty(_tenant.Writes);
        Assert.Empty(_tenant.Keys.Writes);
    }

    [Fact]
    public async Task Only_the_differing_field_of_the_recorded_panel_changes_and_the_others_keep_their_values()
    {
        var existing = _tenant.AddOwnedPanel(ProgId, "https://old.example/");
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
    public async Task A_soft_deleted_recorded_panel_is_revived_not_duplicated()
    {
        _tenant.AddOwnedPanel(ProgId, Url, deleted: true);

        var row = Assert.Single(await RunAsync(p => p.InstallAsync));

        Assert.Equal(ApplicationObjectStatus.Revived, row.Status);
        Assert.Equal(new[] { "Deleted" }, row.ChangedFields);
        Assert.Single(_tenant.Panels);
        Assert.False((bool)_tenant.Panels.Single()["Deleted"]!);
    }

    [Fact]
    public async Task WhatIf_reports_the_same_rows_and_writes_nothing_not_even_the_record()
    {
        _tenant.AddOwnedPanel(ProgId, "https://old.example/");
        _tenant.Panels.Add(new JObject()); // never matched: no ProgId

        var updated = Assert.Single(await RunAsync(p => p.InstallAsync, WriteDecision.WhatIf));
        _tenant.Panels.Clear();
        _tenant.Keys.All.Clear();
        var created = Assert.Single(await RunAsync(p => p.InstallAsync, WriteDecision.WhatIf));

        Assert.Equal(ApplicationObjectStatus.Updated, updated.Status);
        Assert.True(updated.WhatIf);
        Assert.Equal(ApplicationObjectStatus.Created, created.Status);
        Assert.True(created.WhatIf);
        Assert.Empty(_tenant.Writes);
        Assert.Empty(_tenant.Keys.Writes);
        Assert.DoesNotContain(_tenant.Requests, r => !r.StartsWith("GET") && !r.EndsWith("/Agents/ForeignSystem/GetDeviceKeysOnDeviceIdentifier"));
    }

    [Fact]
    public async Task Test_reports_drift_of_the_recorded_panel_field_by_field()
    {
        var existing = _tenant.AddOwnedPanel(ProgId, "https://old.example/");
        existing["VisibleIn"] = "PersonCard";

        var row = Assert.Single(await RunAsync(p => p.TestAsync));

        Assert.Equal(ApplicationObjectStatus.Drifted, row.Status);
        Assert.Equal(new[] { "VisibleIn", "Url" }, row.ChangedFields);
        Assert.Empty(_tenant.Writes);
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

    private Task<List<ApplicationObjectResult>> RunAsync(
        Func<ApplicationProvisioner, Func<ApplicationDefinition, CancellationToken, Task>> step, WriteDecision decision = WriteDecision.Write) =>
        PanelRun.RunAsync(_tenant, step, decision);

    private Task<(List<ApplicationObjectResult> Rows, List<SoException> Failures)> RunWithFailuresAsync(
        Func<ApplicationProvisioner, Func<ApplicationDefinition, CancellationToken, Task>> step, WriteDecision decision = WriteDecision.Write) =>
        PanelRun.RunWithFailuresAsync(_tenant, step, decision);
}

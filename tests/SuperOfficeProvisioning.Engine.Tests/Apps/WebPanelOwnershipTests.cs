using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Apps;
using SuperOfficeProvisioning.Engine.Apps.Provisioning;
using SuperOfficeProvisioning.Engine.Errors;
using Xunit;
using SuperOfficeProvisioning.Engine.Hosting;

namespace SuperOfficeProvisioning.Engine.Tests.Apps;

/// <summary>
/// The install record decides what a web panel handler may touch: only the panel its foreign key names, or what
/// appeared under a create it announced. Anything else with the same ProgId is reported and left alone.
/// </summary>
public sealed class WebPanelOwnershipTests
{
    private const string ProgId = PanelRun.ProgId;
    private const string Url = PanelRun.Url;
    private readonly FakeWebPanelTenant _tenant = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_panel_with_the_ProgId_that_the_record_does_not_name_is_not_owned_and_never_changed(bool deleted)
    {
        var foreign = _tenant.AddPanel(ProgId, "https://intranet.example/", deleted);
        var before = foreign.ToString();

        var (rows, failures) = await RunWithFailuresAsync(p => p.InstallAsync);

        var row = Assert.Single(rows);
        Assert.Equal(ApplicationObjectStatus.NotOwned, row.Status);
        Assert.Equal((int)foreign["WebPanelId"]!, row.Id);
        Assert.Equal("ObjectNotOwned", Assert.Single(failures).ErrorId);
        Assert.Empty(_tenant.Writes);
        Assert.Empty(_tenant.Keys.Writes);
        Assert.Equal(before, _tenant.Panels.Single().ToString());
    }

    [Fact]
    public async Task Uninstall_leaves_a_panel_the_record_does_not_name_alone()
    {
        var foreign = _tenant.AddPanel(ProgId, Url);

        var (rows, failures) = await RunWithFailuresAsync(p => p.UninstallAsync);

        Assert.Equal(ApplicationObjectStatus.NotOwned, Assert.Single(rows).Status);
        Assert.Equal("ObjectNotOwned", Assert.Single(failures).ErrorId);
        Assert.Equal(foreign, Assert.Single(_tenant.Panels));
        Assert.Empty(_tenant.Writes);
    }

    [Fact]
    public async Task Uninstall_removes_the_recorded_panel_and_its_key_and_leaves_a_foreign_one_with_the_same_ProgId()
    {
        var owned = _tenant.AddOwnedPanel(ProgId, Url);
        var lookalike = _tenant.AddPanel(ProgId, Url);
        var other = _tenant.AddPanel("Other.App.Panel", Url);

        var row = Assert.Single(await RunAsync(p => p.UninstallAsync));

        Assert.Equal(ApplicationObjectStatus.Removed, row.Status);
        Assert.Equal((int)owned["WebPanelId"]!, row.Id);
        Assert.Equal(new[] { lookalike, other }, _tenant.Panels);
        Assert.Empty(_tenant.Keys.All);
        Assert.Equal("Delete", _tenant.Writes.Single().Call);
        Assert.True(_tenant.Requests.FindIndex(r => r.EndsWith("/DeleteWebPanel")) < _tenant.Requests.FindIndex(r => r.StartsWith("DELETE")),
            "the key goes only after the panel, so a failed delete leaves the panel owned");
    }

    [Fact]
    public async Task A_create_whose_answer_was_lost_is_found_again_and_recorded_not_duplicated()
    {
        _tenant.Keys.Record(ApplicationObjectKind.WebPanel, ProgId, 0, announcedOnly: true);
        var created = _tenant.AddPanel(ProgId, Url);

        var row = Assert.Single(await RunAsync(p => p.InstallAsync));

        Assert.Equal(ApplicationObjectStatus.Unchanged, row.Status);
        Assert.Contains("recorded", row.Detail);
        Assert.Empty(_tenant.Writes);
        Assert.Single(_tenant.Panels);
        Assert.True(_tenant.Keys.Records(ApplicationObjectKind.WebPanel, ProgId, (int)created["WebPanelId"]!));
        Assert.False(_tenant.Keys.Announces(ApplicationObjectKind.WebPanel, ProgId));
    }

    [Fact]
    public async Task Copies_made_under_an_announced_create_are_removed_and_the_oldest_kept()
    {
        _tenant.Keys.Record(ApplicationObjectKind.WebPanel, ProgId, 0, announcedOnly: true);
        var kept = _tenant.AddPanel(ProgId, Url);
        _tenant.AddPanel(ProgId, Url);

        var rows = await RunAsync(p => p.InstallAsync);

        Assert.Equal(new[] { "Removed", "Unchanged" }, rows.Select(r => r.Status));
        Assert.Equal((int)kept["WebPanelId"]!, (int)_tenant.Panels.Single()["WebPanelId"]!);
        Assert.True(_tenant.Keys.Records(ApplicationObjectKind.WebPanel, ProgId, (int)kept["WebPanelId"]!));
        Assert.False(_tenant.Keys.Announces(ApplicationObjectKind.WebPanel, ProgId));
    }

    [Fact]
    public async Task A_record_of_a_panel_the_tenant_no_longer_has_is_replaced_by_the_new_one()
    {
        _tenant.Keys.Record(ApplicationObjectKind.WebPanel, ProgId, 41);

        var row = Assert.Single(await RunAsync(p => p.InstallAsync));

        Assert.Equal(ApplicationObjectStatus.Created, row.Status);
        Assert.True(_tenant.Keys.Records(ApplicationObjectKind.WebPanel, ProgId, row.Id!.Value));
        Assert.False(_tenant.Keys.Records(ApplicationObjectKind.WebPanel, ProgId, 41));
    }

    [Fact]
    public async Task Test_reports_a_foreign_panel_in_the_way_as_not_owned()
    {
        _tenant.AddPanel(ProgId, Url);

        var (rows, failures) = await RunWithFailuresAsync(p => p.TestAsync);

        Assert.Equal(ApplicationObjectStatus.NotOwned, Assert.Single(rows).Status);
        Assert.Equal("ObjectNotOwned", Assert.Single(failures).ErrorId);
    }

    [Fact]
    public async Task A_create_that_succeeded_but_whose_key_was_not_written_is_found_again_on_the_next_run()
    {
        _tenant.Keys.FailRecordAdds = 1;

        var (first, failures) = await RunWithFailuresAsync(p => p.InstallAsync);
        var second = Assert.Single(await RunAsync(p => p.InstallAsync));

        Assert.Equal(ApplicationObjectStatus.Failed, Assert.Single(first).Status);
        Assert.Equal("WebApiServerError", Assert.Single(failures).ErrorId);
        var panel = Assert.Single(_tenant.Panels);
        Assert.Equal(ApplicationObjectStatus.Unchanged, second.Status);
        Assert.Equal((int)panel["WebPanelId"]!, second.Id);
        Assert.True(_tenant.Keys.Records(ApplicationObjectKind.WebPanel, ProgId, (int)panel["WebPanelId"]!));
        Assert.False(_tenant.Keys.Announces(ApplicationObjectKind.WebPanel, ProgId));
        Assert.Single(_tenant.Writes); // the one create; the second run only recorded it
    }

    [Fact]
    public async Task A_create_recorded_but_not_settled_is_completed_and_WhatIf_writes_nothing_of_it()
    {
        var panel = _tenant.AddOwnedPanel(ProgId, Url);
        _tenant.Keys.Record(ApplicationObjectKind.WebPanel, ProgId, 0, announcedOnly: true);

        var tested = Assert.Single(await RunAsync(p => p.TestAsync));
        var planned = Assert.Single(await RunAsync(p => p.InstallAsync, WriteDecision.WhatIf));
        var writesUnderWhatIf = _tenant.Keys.Writes.Count;
        var applied = Assert.Single(await RunAsync(p => p.InstallAsync));

        Assert.Equal(ApplicationObjectStatus.Drifted, tested.Status);
        Assert.Equal(new[] { "Recorded" }, tested.ChangedFields);
        Assert.True(planned.WhatIf);
        Assert.Equal(0, writesUnderWhatIf);
        Assert.Equal(ApplicationObjectStatus.Unchanged, applied.Status);
        Assert.False(_tenant.Keys.Announces(ApplicationObjectKind.WebPanel, ProgId));
        Assert.True(_tenant.Keys.Records(ApplicationObjectKind.WebPanel, ProgId, (int)panel["WebPanelId"]!));
        Assert.Empty(_tenant.Writes);
    }

    private Task<List<ApplicationObjectResult>> RunAsync(
        Func<ApplicationProvisioner, Func<ApplicationDefinition, CancellationToken, Task>> step, WriteDecision decision = WriteDecision.Write) =>
        PanelRun.RunAsync(_tenant, step, decision);

    private Task<(List<ApplicationObjectResult> Rows, List<SoException> Failures)> RunWithFailuresAsync(
        Func<ApplicationProvisioner, Func<ApplicationDefinition, CancellationToken, Task>> step, WriteDecision decision = WriteDecision.Write) =>
        PanelRun.RunWithFailuresAsync(_tenant, step, decision);
}

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Apps.Handlers;

/// <summary>Web panels, or (with <c>buttons</c>) navigator buttons, found by ProgId among the panels the app recorded.</summary>
internal sealed class WebPanelHandler : OwnedObjectHandler<DesiredWebPanel, TenantScope>
{
    /// <summary>SuperOffice's table of web panels (and buttons), which their record ids belong to.</summary>
    public const string Table = SuperOfficeTables.WebPanel;

    private readonly bool _buttons;

    public WebPanelHandler(bool buttons) => _buttons = buttons;

    protected override string IdField => "WebPanelId";

    private string Kind => _buttons ? ApplicationObjectKind.Button : ApplicationObjectKind.WebPanel;

    protected override IEnumerable<DesiredWebPanel> Desired(ProvisioningContext context) =>
        _buttons ? context.Application.Buttons : context.Application.WebPanels;

    protected override ApplicationObjectResult NewRow(ProvisioningContext context, DesiredWebPanel panel) =>
        context.Row(Kind, panel.Name, panel.ProgId);

    protected override string Target(DesiredWebPanel panel) => $"{(_buttons ? "Button" : "Web panel")} '{panel.ProgId}'";

    protected override Task<TenantScope?> ScopeAsync(ProvisioningContext context, DesiredWebPanel panel, ApplicationObjectResult row, HandlerMode mode, CancellationToken cancellationToken) =>
        Task.FromResult<TenantScope?>(TenantScope.Only);

    protected override RecordedObject Recorded(ProvisioningContext context, DesiredWebPanel panel, TenantScope scope) =>
        RecordedObject.ForWebPanel(Kind, panel.ProgId);

    protected override async Task<IReadOnlyList<JObject>> ObjectsAsync(ProvisioningContext context, TenantScope scope, bool fresh, CancellationToken cancellationToken) =>
        fresh ? await context.ReloadWebPanelsAsync(cancellationToken).ConfigureAwait(false)
            : await context.AllWebPanelsAsync(cancellationToken).ConfigureAwait(false);

    protected override bool Matches(JObject existing, DesiredWebPanel panel) =>
        string.Equals((string?)existing["ProgId"], panel.ProgId, StringComparison.Ordinal);

    protected override Task<List<FieldDifference>> CompareAsync(ProvisioningContext context, TenantScope scope, DesiredWebPanel panel, JObject found, CancellationToken cancellationToken) =>
        Task.FromResult(Match.Compare(panel.Fields, found));

    protected override Task<JObject> CreateAsync(ProvisioningContext context, TenantScope scope, DesiredWebPanel panel, CancellationToken cancellationToken) =>
        context.WebPanels.CreateAsync(panel.Fields, cancellationToken);

    protected override Task UpdateAsync(ProvisioningContext context, TenantScope scope, DesiredWebPanel panel, JObject found, ApplicationObjectResult row, CancellationToken cancellationToken) =>
        context.WebPanels.SaveAsync(Merge(found, row.Differences, panel.Fields), cancellationToken);

    protected override Task DeleteAsync(ProvisioningContext context, TenantScope scope, JObject existing, CancellationToken cancellationToken) =>
        context.WebPanels.DeleteAsync((int)existing[IdField]!, cancellationToken);

}

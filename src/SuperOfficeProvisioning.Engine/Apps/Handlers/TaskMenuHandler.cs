using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Apps.Handlers;

/// <summary>
/// Task menu items, found by ProgId among the items the app recorded. The candidates are the app's own items
/// (GetAppTaskMenus) and whatever answers to each ProgId the manifest names (GetTaskMenuByProgId), so an item of
/// another app or of the tenant with that ProgId is seen, and left alone.
/// </summary>
internal sealed class TaskMenuHandler : OwnedObjectHandler<DesiredTaskMenu, TenantScope>
{
    /// <summary>SuperOffice's table of task menu items, which their record ids belong to.</summary>
    public const string Table = SuperOfficeTables.TaskMenu;

    private List<JObject>? _menus;

    protected override string IdField => "TaskMenuId";

    protected override IEnumerable<DesiredTaskMenu> Desired(ProvisioningContext context) => context.Application.TaskMenus;

    protected override ApplicationObjectResult NewRow(ProvisioningContext context, DesiredTaskMenu menu) =>
        context.Row(ApplicationObjectKind.TaskMenu, menu.Name, menu.ProgId);

    protected override string Target(DesiredTaskMenu menu) => $"Task menu item '{menu.ProgId}'";

    protected override Task<TenantScope?> ScopeAsync(ProvisioningContext context, DesiredTaskMenu menu, ApplicationObjectResult row, HandlerMode mode, CancellationToken cancellationToken) =>
        Task.FromResult<TenantScope?>(TenantScope.Only);

    protected override RecordedObject Recorded(ProvisioningContext context, DesiredTaskMenu menu, TenantScope scope) =>
        RecordedObject.ForTaskMenu(menu.ProgId);

    protected override async Task<IReadOnlyList<JObject>> ObjectsAsync(ProvisioningContext context, TenantScope scope, bool fresh, CancellationToken cancellationToken)
    {
        if (_menus is null || fresh)
        {
            var menus = await context.TaskMenus.GetOwnAsync(cancellationToken).ConfigureAwait(false);
            foreach (var menu in context.Application.TaskMenus)
            {
                if (await context.TaskMenus.FindByProgIdAsync(menu.ProgId, cancellationToken).ConfigureAwait(false) is { } found
                    && menus.All(m => (int?)m[IdField] != (int?)found[IdField]))
                {
                    menus.Add(found);
                }
            }

            _menus = menus;
        }

        return _menus;
    }

    protected override bool Matches(JObject existing, DesiredTaskMenu menu) =>
        string.Equals((string?)existing["ProgId"], menu.ProgId, StringComparison.Ordinal);

    protected override Task<List<FieldDifference>> CompareAsync(ProvisioningContext context, TenantScope scope, DesiredTaskMenu menu, JObject found, CancellationToken cancellationToken) =>
        Task.FromResult(Match.Compare(Alive(menu.Fields), found));

    protected override Task<JObject> CreateAsync(ProvisioningContext context, TenantScope scope, DesiredTaskMenu menu, CancellationToken cancellationToken) =>
        context.TaskMenus.CreateAsync(Alive(menu.Fields), cancellationToken);

    protected override Task UpdateAsync(ProvisioningContext context, TenantScope scope, DesiredTaskMenu menu, JObject found, ApplicationObjectResult row, CancellationToken cancellationToken) =>
        context.TaskMenus.SaveAsync(Merge(found, row.Differences, Alive(menu.Fields)), cancellationToken);

    protected override Task DeleteAsync(ProvisioningContext context, TenantScope scope, JObject existing, CancellationToken cancellationToken) =>
        context.TaskMenus.DeleteAsync((int)existing[IdField]!, cancellationToken);
}

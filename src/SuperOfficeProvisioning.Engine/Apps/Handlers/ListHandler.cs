using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Apps.Handlers;

/// <summary>The application's own (custom) lists, found by name among those it recorded. Their items are the item handler's.</summary>
internal sealed class ListHandler : OwnedObjectHandler<DesiredList, TenantScope>
{
    /// <summary>SuperOffice's table of custom list definitions.</summary>
    public const string Table = SuperOfficeTables.ListDefinition;

    protected override string IdField => "Id";

    protected override string DeleteAction => "Delete the list and its items";

    protected override IEnumerable<DesiredList> Desired(ProvisioningContext context) => context.Application.Lists;

    protected override ApplicationObjectResult NewRow(ProvisioningContext context, DesiredList list) =>
        context.Row(ApplicationObjectKind.List, list.Name, list.Name);

    protected override string Target(DesiredList list) => $"List '{list.Name}'";

    protected override Task<TenantScope?> ScopeAsync(ProvisioningContext context, DesiredList list, ApplicationObjectResult row, HandlerMode mode, CancellationToken cancellationToken) =>
        Task.FromResult<TenantScope?>(TenantScope.Only);

    protected override RecordedObject Recorded(ProvisioningContext context, DesiredList list, TenantScope scope) =>
        RecordedObject.ForList(list.Name);

    protected override async Task<IReadOnlyList<JObject>> ObjectsAsync(ProvisioningContext context, TenantScope scope, bool fresh, CancellationToken cancellationToken) =>
        fresh ? await context.ReloadListsAsync(cancellationToken).ConfigureAwait(false)
            : await context.AllListsAsync(cancellationToken).ConfigureAwait(false);

    protected override bool Matches(JObject existing, DesiredList list) =>
        string.Equals((string?)existing["Name"], list.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A built-in list of that name is never taken over. IsCustomList cannot tell: SuperOffice answers a new list with
    /// IsCustomList false and ListType null (create-list.md); a built-in list is one with a type of its own.
    /// </summary>
    protected override void CheckCandidates(DesiredList list, IEnumerable<JObject> candidates)
    {
        if (candidates.Any(found => (string?)found["ListType"] is { Length: > 0 } type && !type.StartsWith("udlist", StringComparison.OrdinalIgnoreCase)))
        {
            throw new SoException(
                "ListNotCustom",
                SoErrorKind.InvalidOperation,
                $"'{list.Name}' ({list.Path}) is a built-in list of the tenant, not a custom list the application can own: add items to it under $.listItems instead.");
        }
    }

    protected override Task<List<FieldDifference>> CompareAsync(ProvisioningContext context, TenantScope scope, DesiredList list, JObject found, CancellationToken cancellationToken) =>
        Task.FromResult(Match.Compare(Alive(list.Fields), found));

    protected override Task<JObject> CreateAsync(ProvisioningContext context, TenantScope scope, DesiredList list, CancellationToken cancellationToken) =>
        context.Lists.CreateListAsync(list.Fields, cancellationToken);

    protected override Task UpdateAsync(ProvisioningContext context, TenantScope scope, DesiredList list, JObject found, ApplicationObjectResult row, CancellationToken cancellationToken)
    {
        var changes = new JObject(row.Differences.Select(d => new JProperty(d.Field, Alive(list.Fields)[d.Field])));
        return context.Lists.PatchListAsync((int)found[IdField]!, changes, cancellationToken);
    }

    protected override async Task DeleteAsync(ProvisioningContext context, TenantScope scope, JObject existing, CancellationToken cancellationToken)
    {
        var id = (int)existing[IdField]!;
        await context.Lists.DeleteListAsync(id, cancellationToken).ConfigureAwait(false);
        context.Forget(id);
    }

    /// <summary>Its items would be created with it: the item handler plans them as creates too.</summary>
    protected override void NotCreated(ProvisioningContext context, DesiredList list) => context.UncreatedLists.Add(list.Name);
}

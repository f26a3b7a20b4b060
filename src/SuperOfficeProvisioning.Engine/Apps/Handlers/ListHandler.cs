using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Apps.Handlers;

/// <summary>The application's own (custom) lists, matched by name. Their items are the item handler's.</summary>
internal sealed class ListHandler : ProvisioningHandler
{
    public override async Task InstallAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        foreach (var list in context.Application.Lists)
        {
            var row = context.Row(ApplicationObjectKind.List, list.Name, list.Name);
            await context.HandleAsync(row, async () =>
            {
                var found = await FindCustomAsync(context, list, cancellationToken).ConfigureAwait(false);
                Plan(row, found, "Id", Match.Compare(Alive(list.Fields), found), testing: false);
                if (row.Status == ApplicationObjectStatus.Unchanged)
                {
                    return;
                }

                if (!context.MayWrite(row, Target(list), ActionOf(row)))
                {
                    if (found is null)
                    {
                        context.UncreatedLists.Add(list.Name);
                    }

                    return;
                }

                if (found is null)
                {
                    var created = await context.Lists.CreateListAsync(list.Fields, cancellationToken).ConfigureAwait(false);
                    row.Id = (int?)created["Id"];
                    context.Remember(created);
                    return;
                }

                var changes = new JObject(row.Differences.Select(d => new JProperty(d.Field, Alive(list.Fields)[d.Field])));
                await context.Lists.PatchListAsync(row.Id!.Value, changes, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
    }

    public override async Task TestAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        foreach (var list in context.Application.Lists)
        {
            var row = context.Row(ApplicationObjectKind.List, list.Name, list.Name);
            await context.HandleAsync(row, async () =>
            {
                var found = await FindCustomAsync(context, list, cancellationToken).ConfigureAwait(false);
                Plan(row, found, "Id", Match.Compare(Alive(list.Fields), found), testing: true);
            }).ConfigureAwait(false);
        }
    }

    public override async Task UninstallAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        foreach (var list in context.Application.Lists.AsEnumerable().Reverse())
        {
            var row = context.Row(ApplicationObjectKind.List, list.Name, list.Name);
            await context.HandleAsync(row, async () =>
            {
                var found = await FindCustomAsync(context, list, cancellationToken).ConfigureAwait(false);
                if (found is null)
                {
                    row.Status = ApplicationObjectStatus.Absent;
                    return;
                }

                row.Id = (int?)found["Id"];
                row.Status = ApplicationObjectStatus.Removed;
                if (context.MayWrite(row, Target(list), "Delete the list and its items"))
                {
                    await context.Lists.DeleteListAsync(row.Id!.Value, cancellationToken).ConfigureAwait(false);
                    context.Forget(row.Id.Value);
                }
            }).ConfigureAwait(false);
        }
    }

    private static string Target(DesiredList list) => $"List '{list.Name}'";

    /// <summary>The custom list of that name; a built-in list of that name is never taken over.</summary>
    private static async Task<JObject?> FindCustomAsync(ProvisioningContext context, DesiredList list, CancellationToken cancellationToken)
    {
        var found = (await context.FindListAsync(list.Name, cancellationToken).ConfigureAwait(false)).Found;
        if (found is not null && (bool?)found["IsCustomList"] == false)
        {
            throw new SoException(
                "ListNotCustom",
                SoErrorKind.InvalidOperation,
                $"'{list.Name}' ({list.Path}) is a built-in list of the tenant, not a custom list the application can own: add items to it under $.listItems instead.");
        }

        return found;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Apps.Handlers;
using SuperOfficeProvisioning.Engine.Audit;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Hosting;
using SuperOfficeProvisioning.Engine.WebApi;

namespace SuperOfficeProvisioning.Engine.Apps.Provisioning;

/// <summary>
/// Installs, tests and uninstalls an application: its handlers run in a fixed order (lists, list items, web panels,
/// buttons, task menu items; uninstall in reverse), after the tenant status check the WebAPI client makes first. The install record
/// names what earlier versions made: an install prunes what the manifest no longer declares (guarded by
/// <see cref="MaxRemovals"/>), an uninstall removes it too, and a test reports it.
/// </summary>
public sealed class ApplicationProvisioner
{
    private readonly WebApiClient _client;
    private readonly IOperationHost<ApplicationObjectResult> _observer;
    private readonly AuditLog _log;

    public ApplicationProvisioner(SoConnection connection, IOperationHost<ApplicationObjectResult> observer, AuditLog? log = null)
    {
        _client = connection.CreateWebApiClient();
        _observer = observer;
        _log = log ?? AuditLog.None;
    }

    /// <summary>The most objects an install prunes without <see cref="Force"/>.</summary>
    public int MaxRemovals { get; set; } = 10;

    /// <summary>Prunes however many objects the manifest no longer declares.</summary>
    public bool Force { get; set; }

    public async Task InstallAsync(ApplicationDefinition application, CancellationToken cancellationToken)
    {
        var (context, leftovers, recordedVersion, recorded) = await StartAsync(application, cancellationToken).ConfigureAwait(false);
        var removals = Leftovers.Count(leftovers.Application);
        if (removals > MaxRemovals && !Force)
        {
            throw new SoException("RemovalThresholdExceeded", SoErrorKind.LimitsExceeded,
                $"Installing '{application.Name}' would remove {removals} objects its install record has and the manifest no longer declares, more than -MaxRemovals {MaxRemovals}. Nothing was changed; check the manifest, then raise -MaxRemovals or use -Force.");
        }

        foreach (var handler in Handlers())
        {
            await handler.InstallAsync(context, cancellationToken).ConfigureAwait(false);
        }

        await PruneAsync(leftovers, cancellationToken).ConfigureAwait(false);
        await FlushIfPanelsChangedAsync(context, leftovers, cancellationToken).ConfigureAwait(false);
        await UnrecordedAsync(context, recorded, cancellationToken).ConfigureAwait(false);
        if ((recordedVersion ?? string.Empty) != (application.Version ?? string.Empty))
        {
            await RecordVersionAsync(context, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The version goes in once the install is done: a record that says v2 holds v2's objects.</summary>
    private async Task RecordVersionAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        var application = context.Application;
        if (_observer.Confirm($"The install record of '{application.Name}'", "Record manifest version " + (application.Version ?? "(none)")) == WriteDecision.Write)
        {
            await context.Record.RecordVersionAsync(application.Version, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task TestAsync(ApplicationDefinition application, CancellationToken cancellationToken)
    {
        var (context, leftovers, _, recorded) = await StartAsync(application, cancellationToken).ConfigureAwait(false);
        foreach (var handler in Handlers())
        {
            await handler.TestAsync(context, cancellationToken).ConfigureAwait(false);
        }

        foreach (var row in Rows(leftovers))
        {
            row.Status = ApplicationObjectStatus.NotInManifest;
            row.Detail = "The install record has it (an earlier version of the manifest made it); an install removes it.";
            _observer.Report(row);
        }

        await UnrecordedAsync(context, recorded, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes what the manifest declares and whatever else the install record names, then the record itself.</summary>
    public async Task UninstallAsync(ApplicationDefinition application, CancellationToken cancellationToken)
    {
        var (context, leftovers, _, _) = await StartAsync(application, cancellationToken).ConfigureAwait(false);
        foreach (var handler in Handlers().AsEnumerable().Reverse())
        {
            await handler.UninstallAsync(context, cancellationToken).ConfigureAwait(false);
        }

        await PruneAsync(leftovers, cancellationToken).ConfigureAwait(false);
        await FlushIfPanelsChangedAsync(context, leftovers, cancellationToken).ConfigureAwait(false);
        var (left, _) = await context.Record.ReadAllAsync(cancellationToken).ConfigureAwait(false);
        if (left.Count == 0 && _observer.Confirm($"The install record of '{application.Name}'", "Delete") == WriteDecision.Write)
        {
            await context.Record.DeleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Everything the install record of the application named <paramref name="name"/> says it created: no manifest needed.</summary>
    public Task UninstallAsync(string name, CancellationToken cancellationToken) =>
        UninstallAsync(new ApplicationDefinition(name, string.Empty, "the install record"), cancellationToken);

    private static List<ProvisioningHandler> Handlers() => new List<ProvisioningHandler>
    {
        new ListHandler(),
        new ListItemHandler(),
        new WebPanelHandler(buttons: false),
        new WebPanelHandler(buttons: true),
        new TaskMenuHandler(),
    };

    /// <summary>Checks the tenant is running, then reads the install record: the run's context and one for the leftovers.</summary>
    private async Task<(ProvisioningContext Context, ProvisioningContext Leftovers, string? RecordedVersion, IReadOnlyList<RecordedKey> Recorded)> StartAsync(ApplicationDefinition application, CancellationToken cancellationToken)
    {
        await _client.EnsureRunningAsync(cancellationToken).ConfigureAwait(false);
        var context = new ProvisioningContext(application, _client, _observer, _log);
        var (recorded, version) = await context.Record.ReadAllAsync(cancellationToken).ConfigureAwait(false);
        var leftovers = new ProvisioningContext(await Leftovers.OfAsync(application, recorded, context, cancellationToken).ConfigureAwait(false), _client, _observer, _log)
        {
            RowDetail = "No longer in the manifest: an earlier version made it.",
        };
        return (context, leftovers, version, recorded);
    }

    /// <summary>
    /// Once per run, after panels changed. A refused flush is only a warning: the panels are in place, and a user's
    /// reload shows them all the same.
    /// </summary>
    private static async Task FlushIfPanelsChangedAsync(ProvisioningContext context, ProvisioningContext leftovers, CancellationToken cancellationToken)
    {
        if (!context.PanelsChanged && !leftovers.PanelsChanged)
        {
            return;
        }

        try
        {
            await context.WebPanels.FlushCacheAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SoException ex) when (!ProvisioningContext.EndsTheRun(ex))
        {
            EngineLog.Current.Warning($"The web panels changed, but the cache flush was refused ({ex.Message}); users may need to reload SuperOffice to see the change.");
        }
    }

    private static async Task PruneAsync(ProvisioningContext leftovers, CancellationToken cancellationToken)
    {
        foreach (var handler in Handlers().AsEnumerable().Reverse())
        {
            await handler.UninstallAsync(leftovers, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Rows for the leftovers as they are named, without reading the tenant.</summary>
    private static IEnumerable<ApplicationObjectResult> Rows(ProvisioningContext leftovers)
    {
        var application = leftovers.Application;
        return application.Lists.Select(list => leftovers.Row(ApplicationObjectKind.List, list.Name, list.Name))
            .Concat(application.ListItems.Select(item => leftovers.Row(ApplicationObjectKind.ListItem, item.Name, item.ListName + "/" + item.Name)))
            .Concat(application.WebPanels.Select(panel => leftovers.Row(ApplicationObjectKind.WebPanel, panel.Name, panel.ProgId)))
            .Concat(application.Buttons.Select(button => leftovers.Row(ApplicationObjectKind.Button, button.Name, button.ProgId)))
            .Concat(application.TaskMenus.Select(menu => leftovers.Row(ApplicationObjectKind.TaskMenu, menu.Name, menu.ProgId)));
    }

    /// <summary>
    /// Reports web panels that carry the application's ProgId prefix but that neither the manifest declares nor the
    /// record names (made by hand, say): never the application's to change, so they are only shown.
    /// </summary>
    /// <param name="recorded">What the record named when the run began; what the run recorded since, the manifest declares.</param>
    private async Task UnrecordedAsync(ProvisioningContext context, IReadOnlyList<RecordedKey> recorded, CancellationToken cancellationToken)
    {
        var application = context.Application;
        if (application.ProgIdPrefix.Length == 0)
        {
            return;
        }

        var known = new HashSet<string>(application.WebPanels.Concat(application.Buttons).Select(p => p.ProgId)
            .Concat(recorded.Where(k => k.Kind is ApplicationObjectKind.WebPanel or ApplicationObjectKind.Button).Select(k => k.Identity)), StringComparer.Ordinal);
        foreach (var panel in await context.AllWebPanelsAsync(cancellationToken).ConfigureAwait(false))
        {
            var progId = (string?)panel["ProgId"] ?? string.Empty;
            if (progId.StartsWith(application.ProgIdPrefix + ".", StringComparison.OrdinalIgnoreCase) && !known.Contains(progId) && (bool?)panel["Deleted"] != true)
            {
                var row = context.Row(ApplicationObjectKind.WebPanel, (string?)panel["Name"] ?? progId, progId);
                row.Id = (int?)panel["WebPanelId"];
                row.Status = ApplicationObjectStatus.NotOwned;
                row.Detail = "It has the application's ProgId prefix, but neither the manifest nor the install record names it: left as it is.";
                _observer.Report(row);
            }
        }
    }
}

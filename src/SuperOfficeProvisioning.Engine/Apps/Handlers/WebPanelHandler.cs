using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Apps.Handlers;

/// <summary>Web panels, or (with <c>buttons</c>) navigator buttons, matched by ProgId.</summary>
internal sealed class WebPanelHandler : ProvisioningHandler
{
    private const string IdField = "WebPanelId";
    private readonly bool _buttons;

    public WebPanelHandler(bool buttons) => _buttons = buttons;

    private string Kind => _buttons ? ApplicationObjectKind.Button : ApplicationObjectKind.WebPanel;

    public override async Task InstallAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        foreach (var panel in Desired(context))
        {
            var row = context.Row(Kind, panel.Name, panel.ProgId);
            Match? match = null;
            await context.HandleAsync(row, async () =>
            {
                match = await FindAsync(context, panel, cancellationToken).ConfigureAwait(false);
                Plan(row, match.Found, IdField, Match.Compare(panel.Fields, match.Found), testing: false);
                if (row.Status == ApplicationObjectStatus.Unchanged || !context.MayWrite(row, Target(panel), ActionOf(row)))
                {
                    return;
                }

                var saved = match.Found is null
                    ? await context.WebPanels.CreateAsync(panel.Fields, cancellationToken).ConfigureAwait(false)
                    : await context.WebPanels.SaveAsync(Merge(match.Found, row.Differences, panel.Fields), cancellationToken).ConfigureAwait(false);
                row.Id = (int?)saved[IdField];
            }).ConfigureAwait(false);

            foreach (var duplicate in match?.Duplicates ?? new List<JObject>())
            {
                await RemoveDuplicateAsync(context, panel, row.Id, duplicate, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public override async Task TestAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        foreach (var panel in Desired(context))
        {
            var row = context.Row(Kind, panel.Name, panel.ProgId);
            await context.HandleAsync(row, async () =>
            {
                var match = await FindAsync(context, panel, cancellationToken).ConfigureAwait(false);
                Plan(row, match.Found, IdField, Match.Compare(panel.Fields, match.Found), testing: true);
                NoteCopies(row, match);
            }).ConfigureAwait(false);
        }
    }

    public override async Task UninstallAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        foreach (var panel in Desired(context).AsEnumerable().Reverse())
        {
            var row = context.Row(Kind, panel.Name, panel.ProgId);
            await context.HandleAsync(row, async () =>
            {
                var match = await FindAsync(context, panel, cancellationToken).ConfigureAwait(false);
                if (match.Found is null)
                {
                    row.Status = ApplicationObjectStatus.Absent;
                    return;
                }

                var copies = new[] { match.Found }.Concat(match.Duplicates).ToList();
                row.Id = (int?)match.Found[IdField];
                row.Status = ApplicationObjectStatus.Removed;
                row.Detail = copies.Count > 1 ? $"{copies.Count} copies removed." : null;
                if (context.MayWrite(row, Target(panel), "Delete"))
                {
                    foreach (var copy in copies)
                    {
                        await context.WebPanels.DeleteAsync((int)copy[IdField]!, cancellationToken).ConfigureAwait(false);
                    }
                }
            }).ConfigureAwait(false);
        }
    }

    private async Task RemoveDuplicateAsync(ProvisioningContext context, DesiredWebPanel panel, int? keptId, JObject duplicate, CancellationToken cancellationToken)
    {
        var extra = context.Row(Kind, panel.Name, panel.ProgId);
        extra.Id = (int?)duplicate[IdField];
        extra.Status = ApplicationObjectStatus.Removed;
        extra.Detail = keptId is null ? "A duplicate." : $"A duplicate of web panel {keptId}.";
        await context.HandleAsync(extra, async () =>
        {
            if (context.MayWrite(extra, Target(panel) + $" (duplicate {extra.Id})", "Delete"))
            {
                await context.WebPanels.DeleteAsync(extra.Id!.Value, cancellationToken).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
    }

    private List<DesiredWebPanel> Desired(ProvisioningContext context) =>
        _buttons ? context.Application.Buttons : context.Application.WebPanels;

    private string Target(DesiredWebPanel panel) => $"{(_buttons ? "Button" : "Web panel")} '{panel.ProgId}'";

    private static async Task<Match> FindAsync(ProvisioningContext context, DesiredWebPanel panel, CancellationToken cancellationToken) =>
        Match.Pick((await context.AllWebPanelsAsync(cancellationToken).ConfigureAwait(false))
            .Where(existing => string.Equals((string?)existing["ProgId"], panel.ProgId, StringComparison.Ordinal)), IdField);
}

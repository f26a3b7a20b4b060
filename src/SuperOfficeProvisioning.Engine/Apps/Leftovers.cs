using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>
/// What the install record names and the manifest does not: objects an earlier version of the manifest made (or, for
/// an uninstall by name, everything the record names). They come back as desired objects of their kinds, so that the
/// handlers remove them exactly as they remove any of the application's objects: through the record, and only what it
/// says the application created.
/// </summary>
internal static class Leftovers
{
    private const string FromRecord = "the install record";

    /// <summary>
    /// The leftovers, named as the tenant spells them where it still has them: the record keeps list and item names in
    /// upper case (SuperOffice compares them ignoring case), which is no way to show them.
    /// </summary>
    public static async Task<ApplicationDefinition> OfAsync(ApplicationDefinition application, IReadOnlyList<RecordedKey> recorded, ProvisioningContext context, CancellationToken cancellationToken)
    {
        var declared = new HashSet<string>(KeyNames(application), StringComparer.Ordinal);
        var named = new List<RecordedKey>();
        foreach (var key in recorded.Where(k => !declared.Contains(k.KeyName)))
        {
            named.Add(key.Kind is ApplicationObjectKind.List or ApplicationObjectKind.ListItem
                ? key.WithIdentity(await SpellingAsync(key, context, cancellationToken).ConfigureAwait(false) ?? key.Identity)
                : key);
        }

        return Of(application, named);
    }

    private static async Task<string?> SpellingAsync(RecordedKey key, ProvisioningContext context, CancellationToken cancellationToken)
    {
        var slash = key.Identity.IndexOf('/');
        var listName = key.Kind == ApplicationObjectKind.List ? key.Identity : slash > 0 ? key.Identity.Substring(0, slash) : null;
        var list = listName is null ? null : (await context.FindListAsync(listName, cancellationToken).ConfigureAwait(false)).Found;
        if (list is null || key.Kind == ApplicationObjectKind.List)
        {
            return (string?)list?["Name"];
        }

        var item = (await context.ItemsAsync((int)list["Id"]!, cancellationToken).ConfigureAwait(false)).FirstOrDefault(i => (int?)i["Id"] == key.RecordId);
        return item is not null && string.Equals((string?)list["Name"] + "/" + (string?)item["Name"], key.Identity, StringComparison.OrdinalIgnoreCase)
            ? (string?)list["Name"] + "/" + (string?)item["Name"]
            : null;
    }

    public static ApplicationDefinition Of(ApplicationDefinition application, IReadOnlyList<RecordedKey> recorded)
    {
        var named = new HashSet<string>(KeyNames(application), StringComparer.Ordinal);
        var leftovers = new ApplicationDefinition(application.Name, application.ProgIdPrefix, FromRecord);
        foreach (var key in recorded.Where(k => !named.Contains(k.KeyName)).GroupBy(k => k.KeyName, StringComparer.Ordinal).Select(g => g.First()))
        {
            switch (key.Kind)
            {
                case ApplicationObjectKind.List:
                    leftovers.Lists.Add(new DesiredList(key.Identity, new JObject { ["Name"] = key.Identity }, FromRecord));
                    break;
                case ApplicationObjectKind.ListItem:
                    // "List/Item": a list name holding '/' would split wrongly, find no such list, and leave the item be.
                    var slash = key.Identity.IndexOf('/');
                    if (slash > 0)
                    {
                        var item = key.Identity.Substring(slash + 1);
                        leftovers.ListItems.Add(new DesiredListItem(key.Identity.Substring(0, slash), item, new JObject { ["Name"] = item }, null, FromRecord,
                            inOwnList: string.Equals(key.Table, SuperOfficeTables.CustomListItem, StringComparison.OrdinalIgnoreCase)));
                    }

                    break;
                case ApplicationObjectKind.TaskMenu:
                    leftovers.TaskMenus.Add(new DesiredTaskMenu(key.Identity, key.Identity, new JObject { ["Name"] = key.Identity }, FromRecord));
                    break;
                default:
                    var isButton = key.Kind == ApplicationObjectKind.Button;
                    (isButton ? leftovers.Buttons : leftovers.WebPanels).Add(new DesiredWebPanel(key.Identity, key.Identity, new JObject { ["Name"] = key.Identity }, isButton, FromRecord));
                    break;
            }
        }

        return leftovers;
    }

    public static int Count(ApplicationDefinition leftovers) =>
        leftovers.Lists.Count + leftovers.ListItems.Count + leftovers.WebPanels.Count + leftovers.Buttons.Count + leftovers.TaskMenus.Count;

    /// <summary>The record's key names of every object the manifest declares.</summary>
    private static IEnumerable<string> KeyNames(ApplicationDefinition application) =>
        application.Lists.Select(list => RecordedObject.ForList(list.Name).KeyName)
            .Concat(application.Lists.SelectMany(list => list.Items).Concat(application.ListItems)
                .Select(item => RecordedObject.ForListItem(item.ListName, item.Name, SuperOfficeTables.CustomListItem).KeyName))
            .Concat(application.WebPanels.Select(panel => RecordedObject.ForWebPanel(ApplicationObjectKind.WebPanel, panel.ProgId).KeyName))
            .Concat(application.Buttons.Select(button => RecordedObject.ForWebPanel(ApplicationObjectKind.Button, button.ProgId).KeyName))
            .Concat(application.TaskMenus.Select(menu => RecordedObject.ForTaskMenu(menu.ProgId).KeyName));
}

using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>
/// Reads and validates an application manifest (schema: module/schemas/application.schema.json) and resolves its
/// parameters and tokens. Every problem is collected, with its JSON path, before anything could be sent.
/// </summary>
public static class ManifestLoader
{
    /// <summary>The application, or a <see cref="ManifestException"/> listing every problem.</summary>
    public static ApplicationDefinition Load(string json, string source, IReadOnlyDictionary<string, string>? parameters, string contextIdentifier)
    {
        JToken root;
        try
        {
            root = JToken.Parse(json, new JsonLoadSettings
            {
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
                CommentHandling = CommentHandling.Ignore,
                LineInfoHandling = LineInfoHandling.Load,
            });
        }
        catch (JsonReaderException ex)
        {
            var path = string.IsNullOrEmpty(ex.Path) ? "$" : "$." + ex.Path;
            throw new ManifestException(source, new[] { new ManifestProblem(path, $"is not valid JSON (line {ex.LineNumber}, position {ex.LinePosition}): {FirstSentence(ex.Message)}") });
        }

        var given = new Dictionary<string, string>(parameters?.ToDictionary(p => p.Key, p => p.Value) ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        var resolvedParameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var declaredParameters = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var reader = new ManifestReader(new ManifestTokens(resolvedParameters, declaredParameters, contextIdentifier));
        if (!(root is JObject manifest))
        {
            reader.Problem("$", $"must be an object, not {ManifestReader.Describe(root)}.");
            throw new ManifestException(source, reader.Problems);
        }

        reader.RejectUnknown(manifest, ManifestFields.Root);
        ManifestParameters.Read(manifest, given, resolvedParameters, declaredParameters, reader);
        reader.String(manifest, "description", required: false, maxLength: 2000);
        var name = reader.String(manifest, "name", required: true);
        var prefix = reader.String(manifest, "progIdPrefix", required: true, maxLength: 100, pattern: ManifestFields.ProgIdPrefixPattern,
            patternHint: "must be dot-separated words of letters, digits and underscores, such as Acme.Invoicing");
        if (prefix is not null && ManifestRules.ReservedWordOf(prefix) is { } reserved)
        {
            reader.Problem(ManifestReader.PathOf(manifest, "progIdPrefix"),
                $"'{prefix}' starts with '{reserved}', which is reserved for SuperOffice and the tenant's own objects; use your company's name, such as Acme.Invoicing.");
            prefix = null;
        }

        var version = reader.String(manifest, "version", required: false, maxLength: 50);
        var application = new ApplicationDefinition(name ?? string.Empty, prefix ?? string.Empty, source) { Version = version };

        ReadLists(manifest, application, reader);
        ReadExistingListItems(manifest, application, reader);
        foreach (var panel in reader.Objects(manifest, "webPanels"))
        {
            AddWebPanel(panel, prefix, isButton: false, application, reader);
        }

        foreach (var button in reader.Objects(manifest, "buttons"))
        {
            AddWebPanel(button, prefix, isButton: true, application, reader);
        }

        CheckButtons(application, reader);
        ManifestTaskMenus.Read(manifest, prefix, application, reader);

        if (reader.Problems.Count > 0)
        {
            throw new ManifestException(source, reader.Problems);
        }

        return application;
    }

    private static void ReadLists(JObject manifest, ApplicationDefinition application, ManifestReader reader)
    {
        foreach (var list in reader.Objects(manifest, "lists"))
        {
            reader.RejectUnknown(list, ManifestFields.List);
            var fields = new JObject();
            var name = SetText(list, "name", fields, reader, required: true);
            SetText(list, "tooltip", fields, reader);
            SetNumber(list, "rank", fields, reader);
            SetFlag(list, "useGroupsAndHeadings", fields, reader);
            if (name is null)
            {
                continue;
            }

            if (application.Lists.Any(other => string.Equals(other.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                reader.Problem(ManifestReader.PathOf(list, "name"), $"the list '{name}' is declared twice.");
                continue;
            }

            var desired = new DesiredList(name, fields, ManifestReader.PathOf(list));
            foreach (var item in reader.Objects(list, "items"))
            {
                reader.RejectUnknown(item, ManifestFields.Item);
                AddItem(item, name, desired.Items, reader, inOwnList: true);
            }

            application.Lists.Add(desired);
        }
    }

    private static void ReadExistingListItems(JObject manifest, ApplicationDefinition application, ManifestReader reader)
    {
        foreach (var item in reader.Objects(manifest, "listItems"))
        {
            reader.RejectUnknown(item, ManifestFields.ExistingListItem);
            var listName = reader.String(item, "list", required: true);
            if (listName is not null && application.Lists.Any(list => string.Equals(list.Name, listName, StringComparison.OrdinalIgnoreCase)))
            {
                reader.Problem(ManifestReader.PathOf(item, "list"), $"'{listName}' is one of this manifest's own lists: put the item in its 'items' instead.");
                listName = null;
            }

            AddItem(item, listName, application.ListItems, reader, inOwnList: false);
        }
    }

    private static void AddItem(JObject item, string? listName, List<DesiredListItem> items, ManifestReader reader, bool inOwnList)
    {
        var fields = new JObject();
        var name = SetText(item, "name", fields, reader, required: true);
        SetText(item, "tooltip", fields, reader);
        SetNumber(item, "rank", fields, reader);
        var userGroups = reader.Names(item, "userGroups");
        if (name is null || listName is null)
        {
            return;
        }

        if (items.Any(other => string.Equals(other.ListName, listName, StringComparison.OrdinalIgnoreCase) && string.Equals(other.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            reader.Problem(ManifestReader.PathOf(item, "name"), $"the item '{name}' of the list '{listName}' is declared twice.");
            return;
        }

        items.Add(new DesiredListItem(listName, name, fields, userGroups, ManifestReader.PathOf(item), inOwnList));
    }

    private static void AddWebPanel(JObject panel, string? prefix, bool isButton, ApplicationDefinition application, ManifestReader reader)
    {
        reader.RejectUnknown(panel, ManifestFields.WebPanelProperties(isButton));
        var key = reader.String(panel, "key", required: true, maxLength: 100, pattern: ManifestFields.KeyPattern,
            patternHint: "must be letters, digits and underscores, starting with a letter");
        var fields = new JObject();
        SetText(panel, "name", fields, reader, required: true);
        SetText(panel, "tooltip", fields, reader);
        SetNumber(panel, "rank", fields, reader);
        SetNumber(panel, "icon", fields, reader);
        var windowName = SetText(panel, "windowName", fields, reader, required: isButton, pattern: ManifestFields.WindowNamePattern,
            hint: "must be letters, digits, '.', '-' and '_'");
        foreach (var (property, type) in ManifestFields.WebPanel.Where(f => f.Type == FieldType.Flag))
        {
            SetFlag(panel, property, fields, reader);
        }

        var encoding = reader.String(panel, "urlEncoding", required: false);
        if (encoding is not null)
        {
            if (SuperOfficeEnums.Refuse(encoding, SuperOfficeEnums.UrlEncoding, "a SuperOffice URL encoding") is { } refusal)
            {
                reader.Problem(ManifestReader.PathOf(panel, "urlEncoding"), refusal);
            }
            else
            {
                fields["UrlEncoding"] = encoding;
            }
        }

        if (isButton)
        {
            fields["VisibleIn"] = ManifestFields.NavigatorButton;
            if (windowName is not null)
            {
                fields["Url"] = "soprotocol:browser." + windowName;
            }
        }
        else
        {
            ReadPanelPlacement(panel, fields, reader);
        }

        if (key is null || prefix is null)
        {
            return;
        }

        var progId = prefix + "." + key;
        if (application.WebPanels.Concat(application.Buttons).Any(other => string.Equals(other.ProgId, progId, StringComparison.OrdinalIgnoreCase)))
        {
            reader.Problem(ManifestReader.PathOf(panel, "key"), $"the key '{key}' is used twice among webPanels and buttons; each needs its own ProgId.");
            return;
        }

        fields["ProgId"] = progId;
        fields["Deleted"] = false;
        var desired = new DesiredWebPanel(key, progId, fields, isButton, ManifestReader.PathOf(panel));
        (isButton ? application.Buttons : application.WebPanels).Add(desired);
    }

    /// <summary>
    /// A button is a NavigatorButton with an icon, whose Url (soprotocol:browser.{windowName}) opens the BrowserPanel
    /// panel of that window: without the icon the navigator shows nothing, without the panel the button opens nothing.
    /// </summary>
    private static void CheckButtons(ApplicationDefinition application, ManifestReader reader)
    {
        var windows = new HashSet<string>(application.WebPanels
            .Where(p => (string?)p.Fields["VisibleIn"] == "BrowserPanel" && (string?)p.Fields["WindowName"] is { Length: > 0 })
            .Select(p => (string)p.Fields["WindowName"]!), StringComparer.Ordinal);
        foreach (var button in application.Buttons)
        {
            if (((int?)button.Fields["Icon"] ?? 0) <= 0)
            {
                reader.Problem(button.Path + ".icon", $"button '{button.Key}' needs an icon (a resource id above 0): SuperOffice shows a navigator button by its icon.");
            }

            if ((string?)button.Fields["WindowName"] is { Length: > 0 } window && !windows.Contains(window))
            {
                reader.Problem(button.Path + ".windowName",
                    $"button '{button.Key}' opens the window '{window}' (soprotocol:browser.{window}), but no web panel of this manifest shows in the BrowserPanel with that windowName: declare it under $.webPanels.");
            }
        }
    }

    /// <summary>Where a web panel may show: every Navigation place but NavigatorButton, which is for $.buttons.</summary>
    private static readonly IReadOnlyList<string> PanelPlaces = SuperOfficeEnums.Navigation.Where(n => n != ManifestFields.NavigatorButton).ToList();

    private static void ReadPanelPlacement(JObject panel, JObject fields, ManifestReader reader)
    {
        var visibleIn = SetText(panel, "visibleIn", fields, reader, required: true);
        if (string.Equals(visibleIn, ManifestFields.NavigatorButton, StringComparison.OrdinalIgnoreCase))
        {
            reader.Problem(ManifestReader.PathOf(panel, "visibleIn"), "declare navigator buttons under $.buttons, which also sets their Url.");
        }
        else if (visibleIn is not null && SuperOfficeEnums.Refuse(visibleIn, PanelPlaces, "a place SuperOffice shows web panels (SuperOffice.Data.Navigation)") is { } notAPlace)
        {
            fields.Remove("VisibleIn");
            reader.Problem(ManifestReader.PathOf(panel, "visibleIn"), notAPlace);
        }

        var url = SetText(panel, "url", fields, reader, required: true, maxLength: 2000);
        if (url is not null && ManifestRules.RefusePanelUrl(url) is { } refusal)
        {
            var key = (string?)panel["key"];
            reader.Problem(ManifestReader.PathOf(panel, "url"), (key is null ? string.Empty : $"web panel '{key}': ") + refusal);
        }
    }

    internal static string? SetText(JObject source, string property, JObject fields, ManifestReader reader, bool required = false,
        int maxLength = ManifestReader.MaxNameLength, System.Text.RegularExpressions.Regex? pattern = null, string? hint = null)
    {
        var value = reader.String(source, property, required, maxLength, pattern, hint);
        if (value is not null)
        {
            fields[ManifestFields.ApiName(property)] = value;
        }

        return value;
    }

    internal static void SetNumber(JObject source, string property, JObject fields, ManifestReader reader)
    {
        var value = reader.Integer(source, property);
        if (value.HasValue)
        {
            fields[ManifestFields.ApiName(property)] = value.Value;
        }
    }

    private static void SetFlag(JObject source, string property, JObject fields, ManifestReader reader)
    {
        var value = reader.Boolean(source, property);
        if (value.HasValue)
        {
            fields[ManifestFields.ApiName(property)] = value.Value;
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". Path", StringComparison.Ordinal);
        return end > 0 ? message.Substring(0, end + 1) : message;
    }
}

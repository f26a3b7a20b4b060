using System;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>
/// Reads $.taskMenus: items of the Task menus of cards and archives, each a TaskMenu found again by its ProgId
/// ({progIdPrefix}.{key}) and opening an https URL. The enums are the documented ones (TaskListItemType,
/// ShowTaskItemInClient, ArchiveBehaviour, UrlEncoding); by default an item opens a URL, in the web client, from the
/// Task menu.
/// </summary>
internal static class ManifestTaskMenus
{
    public static void Read(JObject manifest, string? prefix, ApplicationDefinition application, ManifestReader reader)
    {
        foreach (var menu in reader.Objects(manifest, "taskMenus"))
        {
            reader.RejectUnknown(menu, ManifestFields.TaskMenu);
            var key = reader.String(menu, "key", required: true, maxLength: 100, pattern: ManifestFields.KeyPattern,
                patternHint: "must be letters, digits and underscores, starting with a letter");
            var fields = new JObject { ["Area"] = "Task", ["TaskType"] = "Url", ["ShowInClient"] = "Web" };
            ManifestLoader.SetText(menu, "name", fields, reader, required: true);
            ManifestLoader.SetText(menu, "tooltip", fields, reader);
            ManifestLoader.SetText(menu, "tableName", fields, reader, required: true, maxLength: 50);
            ManifestLoader.SetText(menu, "area", fields, reader, maxLength: 50);
            ManifestLoader.SetNumber(menu, "rank", fields, reader);
            SetEnum(menu, "taskType", SuperOfficeEnums.TaskType, "a task type", fields, reader);
            SetEnum(menu, "showInClient", SuperOfficeEnums.ShowInClient, "a client a task shows in", fields, reader);
            SetEnum(menu, "archiveBehaviour", SuperOfficeEnums.ArchiveBehaviour, "an archive behaviour", fields, reader);
            SetEnum(menu, "encoding", SuperOfficeEnums.UrlEncoding, "a SuperOffice URL encoding", fields, reader);
            var url = reader.String(menu, "url", required: true, maxLength: 2000);
            if (url is not null)
            {
                if (ManifestRules.RefusePanelUrl(url) is { } refusal)
                {
                    reader.Problem(ManifestReader.PathOf(menu, "url"), $"task menu item '{key}': {refusal}");
                }

                fields["UrlOrSoprotocol"] = url;
            }

            if (key is null || prefix is null)
            {
                continue;
            }

            var progId = prefix + "." + key;
            if (application.TaskMenus.Any(other => string.Equals(other.ProgId, progId, StringComparison.OrdinalIgnoreCase)))
            {
                reader.Problem(ManifestReader.PathOf(menu, "key"), $"the key '{key}' is used by another task menu item.");
                continue;
            }

            fields["ProgId"] = progId;
            application.TaskMenus.Add(new DesiredTaskMenu(key, progId, fields, ManifestReader.PathOf(menu)));
        }
    }

    private static void SetEnum(JObject menu, string property, string[] names, string what, JObject fields, ManifestReader reader)
    {
        if (reader.String(menu, property, required: false) is not { } value)
        {
            return;
        }

        if (SuperOfficeEnums.Refuse(value, names, what) is { } refusal)
        {
            reader.Problem(ManifestReader.PathOf(menu, property), refusal);
        }
        else
        {
            fields[ManifestFields.ApiName(property)] = value;
        }
    }
}

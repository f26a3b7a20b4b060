using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>
/// An application manifest after validation, with its parameters and tokens resolved: everything the application
/// owns in a tenant, as the WebAPI names the fields.
/// </summary>
public sealed class ApplicationDefinition
{
    public ApplicationDefinition(string name, string progIdPrefix, string source)
    {
        Name = name;
        ProgIdPrefix = progIdPrefix;
        Source = source;
    }

    public string Name { get; }

    public string ProgIdPrefix { get; }

    /// <summary>Where the manifest came from (its file), for messages.</summary>
    public string Source { get; }

    /// <summary>The manifest's version, kept in the install record; null when the manifest gives none.</summary>
    public string? Version { get; set; }

    /// <summary>Custom lists the application creates, each with its items.</summary>
    public List<DesiredList> Lists { get; } = new List<DesiredList>();

    /// <summary>Items the application adds to lists it does not own (Category, Business, …).</summary>
    public List<DesiredListItem> ListItems { get; } = new List<DesiredListItem>();

    public List<DesiredWebPanel> WebPanels { get; } = new List<DesiredWebPanel>();

    /// <summary>Web panels shown as navigator buttons.</summary>
    public List<DesiredWebPanel> Buttons { get; } = new List<DesiredWebPanel>();

    /// <summary>Items of the task menus (the Task button of cards and archives).</summary>
    public List<DesiredTaskMenu> TaskMenus { get; } = new List<DesiredTaskMenu>();
}

/// <summary>A task menu item as the manifest wants it; found again by its ProgId.</summary>
public sealed class DesiredTaskMenu
{
    public DesiredTaskMenu(string key, string progId, JObject fields, string path)
    {
        Key = key;
        ProgId = progId;
        Fields = fields;
        Path = path;
    }

    public string Key { get; }

    public string ProgId { get; }

    public string Name => (string?)Fields["Name"] ?? Key;

    /// <summary>The TaskMenu fields the manifest manages (WebAPI names).</summary>
    public JObject Fields { get; }

    public string Path { get; }
}

/// <summary>A custom list as the manifest wants it.</summary>
public sealed class DesiredList
{
    public DesiredList(string name, JObject fields, string path)
    {
        Name = name;
        Fields = fields;
        Path = path;
    }

    public string Name { get; }

    /// <summary>The managed fields and their values (WebAPI names: Name, Tooltip, Rank, …); others are left alone.</summary>
    public JObject Fields { get; }

    public string Path { get; }

    public List<DesiredListItem> Items { get; } = new List<DesiredListItem>();
}

/// <summary>A list item, in an application's own list or in an existing one.</summary>
public sealed class DesiredListItem
{
    public DesiredListItem(string listName, string name, JObject fields, IReadOnlyList<string>? userGroups, string path, bool inOwnList)
    {
        InOwnList = inOwnList;
        ListName = listName;
        Name = name;
        Fields = fields;
        UserGroups = userGroups;
        Path = path;
    }

    public string ListName { get; }

    /// <summary>True for an item of one of the application's own lists; false for one it adds to a list of the tenant's.</summary>
    public bool InOwnList { get; }

    public string Name { get; }

    public JObject Fields { get; }

    /// <summary>The user groups the item is visible for; null leaves visibility as it is (new items: everyone).</summary>
    public IReadOnlyList<string>? UserGroups { get; }

    public string Path { get; }
}

/// <summary>A web panel (or a button) as the manifest wants it; found again by its ProgId.</summary>
public sealed class DesiredWebPanel
{
    public DesiredWebPanel(string key, string progId, JObject fields, bool isButton, string path)
    {
        Key = key;
        ProgId = progId;
        Fields = fields;
        IsButton = isButton;
        Path = path;
    }

    public string Key { get; }

    public string ProgId { get; }

    public string Name => (string?)Fields["Name"] ?? Key;

    public JObject Fields { get; }

    public bool IsButton { get; }

    public string Path { get; }
}

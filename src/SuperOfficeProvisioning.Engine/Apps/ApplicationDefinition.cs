using System.Collections.Generic;

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

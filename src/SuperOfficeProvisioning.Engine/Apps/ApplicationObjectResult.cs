using System.Collections.Generic;
using System.Linq;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>What Install-, Test- or Uninstall-SoApplication did (or found, or would do) for one object.</summary>
public sealed class ApplicationObjectResult
{
    public ApplicationObjectResult(string application, string kind, string name, string key)
    {
        Application = application;
        Kind = kind;
        Name = name;
        Key = key;
    }

    public string Application { get; }

    /// <summary>List, ListItem, WebPanel, Button or TaskMenu.</summary>
    public string Kind { get; }

    public string Name { get; }

    /// <summary>What the object is found by: a web panel's ProgId, a list's name, "List/Item" for an item.</summary>
    public string Key { get; }

    /// <summary>For a list item, the list it belongs to.</summary>
    public string? List { get; set; }

    /// <summary>Created, Updated, Unchanged, Revived, Removed, Absent, Skipped, Failed, NotOwned; Test: InSync, Missing, Drifted.</summary>
    public string Status { get; set; } = ApplicationObjectStatus.Unchanged;

    /// <summary>The fields that were (or, with -WhatIf, would be) changed, or that drifted.</summary>
    public string[] ChangedFields => Differences.Select(d => d.Field).ToArray();

    public List<FieldDifference> Differences { get; } = new List<FieldDifference>();

    public int? Id { get; set; }

    /// <summary>True when nothing was written because of -WhatIf: the status is what would happen.</summary>
    public bool WhatIf { get; set; }

    public string? Detail { get; set; }

    public override string ToString() =>
        $"{Kind} '{Key}': {Status}{(Differences.Count == 0 ? string.Empty : " (" + string.Join(", ", ChangedFields) + ")")}";
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;

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

/// <summary>One field whose value in the tenant is not the manifest's.</summary>
public sealed class FieldDifference
{
    public FieldDifference(string field, object? current, object? desired)
    {
        Field = field;
        Current = current;
        Desired = desired;
    }

    public string Field { get; }

    public object? Current { get; }

    public object? Desired { get; }

    public override string ToString() => $"{Field}: {Show(Current)} -> {Show(Desired)}";

    internal static object? ValueOf(JToken? token) => token is JValue value ? value.Value : token?.ToString();

    private static string Show(object? value) => value switch
    {
        null => "(none)",
        string text => "'" + text + "'",
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}

public static class ApplicationObjectStatus
{
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Unchanged = "Unchanged";
    public const string Revived = "Revived";
    public const string Removed = "Removed";
    public const string Absent = "Absent";
    public const string Skipped = "Skipped";
    public const string Failed = "Failed";

    /// <summary>Something in the tenant answers to the object, but the install record does not say the app created it.</summary>
    public const string NotOwned = "NotOwned";
    /// <summary>Test: the install record has the object, the manifest no longer declares it; an install prunes it.</summary>
    public const string NotInManifest = "NotInManifest";
    public const string InSync = "InSync";
    public const string Missing = "Missing";
    public const string Drifted = "Drifted";
}

public static class ApplicationObjectKind
{
    public const string List = "List";
    public const string ListItem = "ListItem";
    public const string WebPanel = "WebPanel";
    public const string Button = "Button";
    public const string TaskMenu = "TaskMenu";
}

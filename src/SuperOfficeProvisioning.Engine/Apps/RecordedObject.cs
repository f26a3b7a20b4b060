using System;
using System.Security.Cryptography;
using System.Text;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>One object as the install record names it.</summary>
internal sealed class RecordedObject
{
    public static RecordedObject ForList(string name) =>
        new RecordedObject(ApplicationObjectKind.List, name, SuperOfficeTables.ListDefinition, ignoreCase: true);

    public static RecordedObject ForListItem(string listName, string itemName, string table) =>
        new RecordedObject(ApplicationObjectKind.ListItem, listName + "/" + itemName, table, ignoreCase: true);

    /// <param name="kind">WebPanel or Button.</param>
    public static RecordedObject ForWebPanel(string kind, string progId) =>
        new RecordedObject(kind, progId, SuperOfficeTables.WebPanel, ignoreCase: false);

    public static RecordedObject ForTaskMenu(string progId) =>
        new RecordedObject(ApplicationObjectKind.TaskMenu, progId, SuperOfficeTables.TaskMenu, ignoreCase: false);

    /// <param name="kind">WebPanel, Button, List or ListItem.</param>
    /// <param name="identity">What the manifest finds it by: a ProgId, a list name, "List/Item".</param>
    /// <param name="table">The SuperOffice table the record id belongs to.</param>
    /// <param name="ignoreCase">True when SuperOffice compares the identity ignoring case (list and item names).</param>
    public RecordedObject(string kind, string identity, string table, bool ignoreCase)
    {
        Identity = ignoreCase ? identity.ToUpperInvariant() : identity;
        Table = table;

        // A key name travels in the URL path: a hash keeps it short and free of '/', spaces and the like.
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(Identity));
        KeyName = kind + "." + BitConverter.ToString(hash, 0, 8).Replace("-", string.Empty);
    }

    public string KeyName { get; }

    public string Identity { get; }

    public string Table { get; }
}

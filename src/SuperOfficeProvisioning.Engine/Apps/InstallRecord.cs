using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.WebApi;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>
/// The application's install record in the tenant, kept as SuperOffice documents it for partner apps: foreign keys
/// of the foreign app named like the application, on one device for this installer. Each object the app created has
/// a key of its own name, its table and its record id, with its manifest identity as the value; a create is
/// announced first under a second name, so a create whose answer was lost is found again on the next run.
/// </summary>
internal sealed class InstallRecord
{
    public const string DeviceName = "SuperOfficeProvisioning";
    public const string DeviceIdentifier = "ApplicationInstaller";
    public const string AnnouncedSuffix = ".Creating";

    /// <summary>The key holding the version of the manifest last installed; bound to no table, as the docs allow.</summary>
    public const string ManifestKey = "Manifest";

    private readonly ForeignKeyOperations _keys;

    public InstallRecord(ForeignKeyOperations keys) => _keys = keys;

    /// <summary>What the record says about one object: the record id it names, and whether a create is announced.</summary>
    public async Task<RecordEntry> ReadAsync(RecordedObject item, CancellationToken cancellationToken)
    {
        var recorded = await _keys.FindByValueAsync(item.KeyName, item.Table, item.Identity, cancellationToken).ConfigureAwait(false);
        var announced = await _keys.FindByValueAsync(item.KeyName + AnnouncedSuffix, item.Table, item.Identity, cancellationToken).ConfigureAwait(false);
        var id = (int?)recorded?["RecordId"];
        return new RecordEntry(id > 0 ? id : null, announced is not null);
    }

    /// <summary>Written before a create: whatever appears under this identity until <see cref="SettleAsync"/> is the app's.</summary>
    public Task AnnounceAsync(RecordedObject item, CancellationToken cancellationToken) =>
        _keys.AddAsync(item.KeyName + AnnouncedSuffix, item.Table, item.Identity, 0, cancellationToken);

    public Task RecordAsync(RecordedObject item, int recordId, CancellationToken cancellationToken) =>
        _keys.AddAsync(item.KeyName, item.Table, item.Identity, recordId, cancellationToken);

    /// <summary>Removes the announcement once the created object is recorded (the key name is this object's alone).</summary>
    public Task SettleAsync(RecordedObject item, CancellationToken cancellationToken) =>
        _keys.DeleteAsync(item.KeyName + AnnouncedSuffix, item.Table, 0, cancellationToken);

    /// <summary>Every object the record names (recorded or only announced), and the manifest version it holds.</summary>
    public async Task<(IReadOnlyList<RecordedKey> Objects, string? Version)> ReadAllAsync(CancellationToken cancellationToken)
    {
        var objects = new List<RecordedKey>();
        string? version = null;
        foreach (var key in await _keys.AllAsync(cancellationToken).ConfigureAwait(false))
        {
            var name = (string?)key["Key"] ?? string.Empty;
            if (string.Equals(name, ManifestKey, StringComparison.OrdinalIgnoreCase))
            {
                version = (string?)key["Value"];
            }
            else if (RecordedKey.Parse(name, (string?)key["Value"], (string?)key["TableName"], (int?)key["RecordId"] ?? 0) is { } recorded)
            {
                objects.Add(recorded);
            }
        }

        return (objects, version);
    }

    /// <summary>Keeps the version of the manifest just installed (an empty one when it names none).</summary>
    public Task RecordVersionAsync(string? version, CancellationToken cancellationToken) =>
        _keys.SaveAsync(ManifestKey, string.Empty, version ?? string.Empty, 0, cancellationToken);

    /// <summary>Removes the record itself (the device, and the app once it has no other), once no object is left in it.</summary>
    public Task DeleteAsync(CancellationToken cancellationToken) => _keys.DeleteDeviceAsync(cancellationToken);

    /// <summary>Removes the key of a record id, after the object is gone.</summary>
    public Task ForgetAsync(RecordedObject item, int recordId, CancellationToken cancellationToken) =>
        recordId > 0 ? _keys.DeleteAsync(item.KeyName, item.Table, recordId, cancellationToken) : Task.CompletedTask;
}

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

internal sealed class RecordEntry
{
    public RecordEntry(int? recordId, bool createAnnounced)
    {
        RecordId = recordId;
        CreateAnnounced = createAnnounced;
    }

    public int? RecordId { get; }

    public bool CreateAnnounced { get; }
}

/// <summary>
/// One object's key as the record holds it: its kind (the key name's first word), its identity (the key's value, upper
/// case for names SuperOffice compares ignoring case), its table and record id, and whether only its create was announced.
/// </summary>
internal sealed class RecordedKey
{
    private RecordedKey(string keyName, string kind, string identity, string table, int recordId, bool announced)
    {
        KeyName = keyName;
        Kind = kind;
        Identity = identity;
        Table = table;
        RecordId = recordId;
        Announced = announced;
    }

    /// <summary>The object's own key name, without the announcement's suffix.</summary>
    public string KeyName { get; }

    public string Kind { get; }

    public string Identity { get; }

    public string Table { get; }

    public int RecordId { get; }

    public bool Announced { get; }

    /// <summary>The same key with its identity as the tenant spells it (the same but for case).</summary>
    public RecordedKey WithIdentity(string identity) => new RecordedKey(KeyName, Kind, identity, Table, RecordId, Announced);

    /// <summary>Null for a key that is not one of an object (someone else's, on the same device).</summary>
    public static RecordedKey? Parse(string keyName, string? value, string? table, int recordId)
    {
        var announced = keyName.EndsWith(InstallRecord.AnnouncedSuffix, StringComparison.Ordinal);
        var own = announced ? keyName.Substring(0, keyName.Length - InstallRecord.AnnouncedSuffix.Length) : keyName;
        var dot = own.IndexOf('.');
        var kind = dot > 0 ? own.Substring(0, dot) : string.Empty;
        var known = kind is ApplicationObjectKind.List or ApplicationObjectKind.ListItem or ApplicationObjectKind.WebPanel or ApplicationObjectKind.Button or ApplicationObjectKind.TaskMenu;
        return known && !string.IsNullOrEmpty(value) ? new RecordedKey(own, kind, value!, table ?? string.Empty, recordId, announced) : null;
    }
}

using System;
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
    private const string AnnouncedSuffix = ".Creating";

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

    /// <summary>Removes the key of a record id, after the object is gone.</summary>
    public Task ForgetAsync(RecordedObject item, int recordId, CancellationToken cancellationToken) =>
        recordId > 0 ? _keys.DeleteAsync(item.KeyName, item.Table, recordId, cancellationToken) : Task.CompletedTask;
}

/// <summary>One object as the install record names it.</summary>
internal sealed class RecordedObject
{
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

using System;
using System.Collections.Generic;
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

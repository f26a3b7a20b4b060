using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.State;

namespace SuperOfficeProvisioning.Sandbox.WebApi.ForeignApps;

/// <summary>
/// Foreign applications, their devices and the devices' keys, behind one lock. Names match ignoring case, as
/// SuperOffice's do; a key's value matches exactly.
/// </summary>
internal sealed class ForeignAppStore : IStatePart
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly EntityTable<ForeignAppRow> _apps;
    private readonly EntityTable<ForeignDevice> _devices;
    private readonly EntityTable<ForeignKeyRow> _keys;

    public ForeignAppStore(TimeProvider time)
    {
        _time = time;
        _apps = new EntityTable<ForeignAppRow>(_gate, "ForeignApp", time);
        _devices = new EntityTable<ForeignDevice>(_gate, "ForeignDevice", time);
        _keys = new EntityTable<ForeignKeyRow>(_gate, "ForeignKey", time);
    }

    public string Name => "ForeignApps";

    public IReadOnlyList<ForeignAppView> Apps()
    {
        lock (_gate)
        {
            return _apps.Where(_ => true).Select(View).ToList();
        }
    }

    /// <summary>The application with this id or name.</summary>
    public ForeignAppView? FindApp(string idOrName)
    {
        lock (_gate)
        {
            return App(idOrName) is { } app ? View(app) : null;
        }
    }

    /// <summary>The application of that name, created when there is none.</summary>
    public ForeignAppView SaveApp(string name)
    {
        lock (_gate)
        {
            if (App(name) is { } existing)
            {
                return View(existing);
            }

            var now = _time.GetUtcNow();
            return View(_apps.Insert(new ForeignAppRow { Name = name, CreatedDate = now, UpdatedDate = now }).Entity);
        }
    }

    /// <summary>Removes the application with its devices and their keys.</summary>
    public bool DeleteApp(int id)
    {
        lock (_gate)
        {
            foreach (var device in _devices.Where(d => d.ForeignAppId == id))
            {
                RemoveDevice(device.ForeignDeviceId);
            }

            return _apps.Remove(id);
        }
    }

    public IReadOnlyList<ForeignDevice>? Devices(string appName)
    {
        lock (_gate)
        {
            return App(appName) is { } app ? _devices.Where(d => d.ForeignAppId == app.ForeignAppId) : null;
        }
    }

    public ForeignDevice? FindDevice(string appName, string deviceName, string identifier)
    {
        lock (_gate)
        {
            return Device(appName, deviceName, identifier);
        }
    }

    /// <summary>The device, created when the application has none of that name and identifier; null when there is no such application.</summary>
    public ForeignDevice? SaveDevice(string appName, string deviceName, string identifier, string by)
    {
        lock (_gate)
        {
            if (App(appName) is not { } app)
            {
                return null;
            }

            if (Device(appName, deviceName, identifier) is { } existing)
            {
                return existing;
            }

            var now = _time.GetUtcNow();
            return _devices.Insert(new ForeignDevice
            {
                Name = deviceName, DeviceIdentifier = identifier, ForeignAppId = app.ForeignAppId,
                CreatedDate = now, UpdatedDate = now, CreatedBy = by, UpdatedBy = by, AssociateFullName = by,
            }).Entity;
        }
    }

    public bool DeleteDevice(string appName, string deviceName, string identifier)
    {
        lock (_gate)
        {
            return Device(appName, deviceName, identifier) is { } device && RemoveDevice(device.ForeignDeviceId);
        }
    }

    /// <summary>
    /// Stores a key on the device (null when the application or device does not exist). With
    /// <paramref name="replace"/> (the PUT), a key of the same name, table and record takes the new value instead.
    /// </summary>
    public ForeignKeyView? SaveKey(string appName, string deviceName, string identifier, ForeignKeyDraft draft, string by, bool replace)
    {
        lock (_gate)
        {
            if (Device(appName, deviceName, identifier) is not { } device)
            {
                return null;
            }

            var now = _time.GetUtcNow();
            var same = replace ? Keys(device, draft.Key, draft.TableName).FirstOrDefault(k => k.RecordId == draft.RecordId) : null;
            if (same is not null)
            {
                return _keys.Update(same.Id, null, key =>
                {
                    key.Value = draft.Value;
                    key.UpdatedDate = now;
                    key.UpdatedBy = by;
                    return null;
                }).Stored!.Entity.View();
            }

            return _keys.Insert(new ForeignKeyRow
            {
                ForeignDeviceId = device.ForeignDeviceId, Key = draft.Key, Value = draft.Value, RecordId = draft.RecordId,
                TableName = draft.TableName, CreatedDate = now, UpdatedDate = now, CreatedBy = by, UpdatedBy = by,
            }).Entity.View();
        }
    }

    /// <summary>Every key of the device, in the order they were added; none when the app or device does not exist.</summary>
    public IReadOnlyList<ForeignKeyView> DeviceKeys(string appName, string deviceName, string identifier)
    {
        lock (_gate)
        {
            return Device(appName, deviceName, identifier) is { } device
                ? _keys.Where(k => k.ForeignDeviceId == device.ForeignDeviceId).Select(k => k.View()).ToList()
                : [];
        }
    }

    /// <summary>The first key of that name and table whose value is <paramref name="value"/>.</summary>
    public ForeignKeyView? FindKeyByValue(string appName, string deviceName, string identifier, string keyName, string tableName, string value)
    {
        lock (_gate)
        {
            return Device(appName, deviceName, identifier) is { } device
                ? Keys(device, keyName, tableName).FirstOrDefault(k => k.Value == value)?.View()
                : null;
        }
    }

    /// <summary>The first key of that name and table for the record; record 0 means any record.</summary>
    public ForeignKeyView? FindKeyByRecord(string appName, string deviceName, string identifier, string keyName, string tableName, int recordId)
    {
        lock (_gate)
        {
            return Device(appName, deviceName, identifier) is { } device
                ? Keys(device, keyName, tableName).FirstOrDefault(k => recordId == 0 || k.RecordId == recordId)?.View()
                : null;
        }
    }

    /// <summary>Deletes every key of that name and table for the record; record 0 deletes them for every record, as documented.</summary>
    public int DeleteKeys(string appName, string deviceName, string identifier, string keyName, string tableName, int recordId)
    {
        lock (_gate)
        {
            if (Device(appName, deviceName, identifier) is not { } device)
            {
                return 0;
            }

            var doomed = Keys(device, keyName, tableName).Where(k => recordId == 0 || k.RecordId == recordId).Select(k => k.Id).ToHashSet();
            return _keys.RemoveWhere(k => doomed.Contains(k.Id)).Count;
        }
    }

    public JsonNode Export()
    {
        lock (_gate)
        {
            return new JsonObject { ["Apps"] = _apps.Export(), ["Devices"] = _devices.Export(), ["Keys"] = _keys.Export() };
        }
    }

    public void Import(JsonNode state)
    {
        lock (_gate)
        {
            _apps.Import(state["Apps"]!);
            _devices.Import(state["Devices"]!);
            _keys.Import(state["Keys"]!);
        }
    }

    private ForeignAppRow? App(string idOrName) =>
        int.TryParse(idOrName, out var id)
            ? _apps.Find(id)?.Entity
            : _apps.Where(app => app.Name.Equals(idOrName, StringComparison.OrdinalIgnoreCase)).FirstOrDefault();

    private ForeignDevice? Device(string appName, string deviceName, string identifier) =>
        App(appName) is { } app
            ? _devices.Where(d => d.ForeignAppId == app.ForeignAppId && d.Name.Equals(deviceName, StringComparison.OrdinalIgnoreCase)
                                  && d.DeviceIdentifier.Equals(identifier, StringComparison.OrdinalIgnoreCase)).FirstOrDefault()
            : null;

    private IEnumerable<ForeignKeyRow> Keys(ForeignDevice device, string keyName, string tableName) =>
        _keys.Where(k => k.ForeignDeviceId == device.ForeignDeviceId && k.Key.Equals(keyName, StringComparison.OrdinalIgnoreCase)
                         && k.TableName.Equals(tableName, StringComparison.OrdinalIgnoreCase));

    private bool RemoveDevice(int deviceId)
    {
        _keys.RemoveWhere(k => k.ForeignDeviceId == deviceId);
        return _devices.Remove(deviceId);
    }

    private ForeignAppView View(ForeignAppRow app) =>
        new(app.ForeignAppId, app.Name, app.CreatedDate, app.UpdatedDate, null, null, _devices.Where(d => d.ForeignAppId == app.ForeignAppId));
}

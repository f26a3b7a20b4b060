using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.WebApi;

/// <summary>
/// The foreign keys of one device of one foreign app (<c>/ForeignApp/{app}/{device}/{identifier}/Key…</c>). The app
/// and the device are created the first time a key is written.
/// </summary>
public sealed class ForeignKeyOperations
{
    private readonly WebApiClient _client;
    private readonly string _application;
    private readonly string _deviceName;
    private readonly string _deviceIdentifier;
    private readonly string _app;
    private readonly string _device;
    private bool _deviceExists;

    public ForeignKeyOperations(WebApiClient client, string application, string deviceName, string deviceIdentifier)
    {
        _client = client;
        _application = application;
        _deviceName = deviceName;
        _deviceIdentifier = deviceIdentifier;
        _app = Uri.EscapeDataString(application);
        _device = Uri.EscapeDataString(application) + "/" + Uri.EscapeDataString(deviceName) + "/" + Uri.EscapeDataString(deviceIdentifier);
    }

    /// <summary>
    /// Every key of the device, through the foreign system agent (no REST route lists a device's keys); none when the
    /// app or the device does not exist.
    /// </summary>
    public async Task<List<JObject>> AllAsync(CancellationToken cancellationToken)
    {
        var arguments = new JObject { ["ApplicationName"] = _application, ["DeviceName"] = _deviceName, ["DeviceIdentifier"] = _deviceIdentifier };
        return await _client.SendAsync(HttpMethod.Post, "Agents/ForeignSystem/GetDeviceKeysOnDeviceIdentifier", arguments,
            json => json is null ? new List<JObject>() : WebApiShape.Page(json, "RecordId").Rows, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Saves a key (PUT): one of the same name, table and record takes the new value.</summary>
    public async Task SaveAsync(string keyName, string tableName, string value, int recordId, CancellationToken cancellationToken)
    {
        await EnsureDeviceAsync(cancellationToken).ConfigureAwait(false);
        var key = new JObject { ["Key"] = keyName, ["Value"] = value, ["RecordId"] = recordId, ["TableName"] = tableName };
        await _client.SendAsync(HttpMethod.Put, $"ForeignApp/{_device}/Key", key, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes the device, and the app once it has no other device: what is left of a record with no keys.</summary>
    public async Task DeleteDeviceAsync(CancellationToken cancellationToken)
    {
        if (await GetOrNullAsync($"ForeignApp/{_device}", cancellationToken).ConfigureAwait(false) is not { } device || ((int?)device["ForeignDeviceId"] ?? 0) == 0)
        {
            return;
        }

        await _client.SendAsync(HttpMethod.Delete, $"ForeignApp/{_device}", null, cancellationToken).ConfigureAwait(false);
        _deviceExists = false;
        var devices = await GetOrNullListAsync($"ForeignApp/{_app}/Devices", cancellationToken).ConfigureAwait(false);
        var app = await GetOrNullAsync($"ForeignApp/{_app}", cancellationToken).ConfigureAwait(false);
        if (devices is { Count: 0 } && app is not null && ((int?)app["ForeignAppId"] ?? 0) is var id and > 0)
        {
            await _client.SendAsync(HttpMethod.Delete, $"ForeignApp/{id}", null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The key of that name and table holding <paramref name="value"/>; null when there is none.</summary>
    public async Task<JObject?> FindByValueAsync(string keyName, string tableName, string value, CancellationToken cancellationToken)
    {
        var path = $"ForeignApp/{_device}/Key/{Uri.EscapeDataString(keyName)}/{Uri.EscapeDataString(tableName)}?Value={Uri.EscapeDataString(value)}";
        var key = await GetOrNullAsync(path, cancellationToken).ConfigureAwait(false);

        // SuperOffice may answer an empty entity rather than 404 for a key it does not have.
        return key is not null && string.Equals((string?)key["Key"], keyName, StringComparison.OrdinalIgnoreCase) ? key : null;
    }

    public async Task AddAsync(string keyName, string tableName, string value, int recordId, CancellationToken cancellationToken)
    {
        await EnsureDeviceAsync(cancellationToken).ConfigureAwait(false);
        var key = new JObject { ["Key"] = keyName, ["Value"] = value, ["RecordId"] = recordId, ["TableName"] = tableName };
        await _client.SendAsync(HttpMethod.Post, $"ForeignApp/{_device}/Key", key, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes the keys of that name and table for the record. Record 0 would delete every key of that name in the
    /// table (as SuperOffice documents), so it is only allowed where the name is this one object's own.
    /// </summary>
    public Task DeleteAsync(string keyName, string tableName, int recordId, CancellationToken cancellationToken) =>
        _client.SendAsync(HttpMethod.Delete, $"ForeignApp/{_device}/Key/{Uri.EscapeDataString(keyName)}/{Uri.EscapeDataString(tableName)}/{recordId}", null, cancellationToken);

    private async Task EnsureDeviceAsync(CancellationToken cancellationToken)
    {
        if (_deviceExists)
        {
            return;
        }

        var device = await GetOrNullAsync($"ForeignApp/{_device}", cancellationToken).ConfigureAwait(false);
        if (device is null || ((int?)device["ForeignDeviceId"] ?? 0) == 0)
        {
            var app = await GetOrNullAsync($"ForeignApp/{_app}", cancellationToken).ConfigureAwait(false);
            if (app is null || ((int?)app["ForeignAppId"] ?? 0) == 0)
            {
                await _client.SendAsync(HttpMethod.Post, $"ForeignApp/{_app}", null, cancellationToken).ConfigureAwait(false);
            }

            await _client.SendAsync(HttpMethod.Post, $"ForeignApp/{_device}", null, cancellationToken).ConfigureAwait(false);
        }

        _deviceExists = true;
    }

    private async Task<JArray?> GetOrNullListAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.GetAsync(path, cancellationToken).ConfigureAwait(false) as JArray;
        }
        catch (SoException ex) when (ex.Kind == SoErrorKind.NotFound)
        {
            return null;
        }
    }

    private async Task<JObject?> GetOrNullAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.GetAsync(path, cancellationToken).ConfigureAwait(false) as JObject;
        }
        catch (SoException ex) when (ex.Kind == SoErrorKind.NotFound)
        {
            return null;
        }
    }
}

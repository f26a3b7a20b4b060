using System.Net;
using SuperOfficeProvisioning.Sandbox.Tests.Support;

namespace SuperOfficeProvisioning.Sandbox.Tests;

/// <summary>The ForeignApp routes: an app, a device of it, and keys on the device, as SuperOffice documents them.</summary>
public sealed class ForeignAppTests : IDisposable
{
    private const string Device = "ForeignApp/Acme%20Invoicing/Installer/one";
    private readonly string _folder = Directory.CreateTempSubdirectory("sandbox-foreignapp-tests-").FullName;

    [Fact]
    public async Task An_app_and_its_device_are_created_once_and_found_by_name()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        await (await sandbox.Api.GetAsync("ForeignApp/Acme%20Invoicing")).ExpectErrorAsync(HttpStatusCode.NotFound, "SoNotFoundException");
        await (await sandbox.Api.PostAsync(Device, null)).ExpectErrorAsync(HttpStatusCode.NotFound, "SoNotFoundException");
        var app = await (await sandbox.Api.PostAsync("ForeignApp/Acme%20Invoicing", null)).ExpectJsonAsync(HttpStatusCode.OK);
        var again = await (await sandbox.Api.PostAsync("ForeignApp/Acme%20Invoicing", null)).ExpectJsonAsync(HttpStatusCode.OK);
        var device = await (await sandbox.Api.PostAsync(Device, null)).ExpectJsonAsync(HttpStatusCode.OK);
        var found = await (await sandbox.Api.GetAsync("ForeignApp/acme%20invoicing")).ExpectJsonAsync(HttpStatusCode.OK);
        var byId = await (await sandbox.Api.GetAsync($"ForeignApp/{app["ForeignAppId"]}")).ExpectJsonAsync(HttpStatusCode.OK);

        Assert.Equal("Acme Invoicing", app["Name"]!.GetValue<string>());
        Assert.Equal(app["ForeignAppId"]!.GetValue<int>(), again["ForeignAppId"]!.GetValue<int>());
        Assert.Equal("Installer", device["Name"]!.GetValue<string>());
        Assert.Equal("one", device["DeviceIdentifier"]!.GetValue<string>());
        Assert.Equal(app["ForeignAppId"]!.GetValue<int>(), device["ForeignAppId"]!.GetValue<int>());
        Assert.Equal(device["ForeignDeviceId"]!.GetValue<int>(), Assert.Single(found["Devices"]!.AsArray())!["ForeignDeviceId"]!.GetValue<int>());
        Assert.Equal("Acme Invoicing", byId["Name"]!.GetValue<string>());
        foreach (var field in new[] { "ForeignAppId", "Name", "CreatedDate", "UpdatedDate", "CreatedBy", "UpdatedBy", "Devices" })
        {
            Assert.True(found.AsObject().ContainsKey(field), field);
        }
    }

    [Fact]
    public async Task Keys_are_found_by_value_and_by_record_and_deleted_by_record()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await sandbox.Api.PostAsync("ForeignApp/Acme%20Invoicing", null);
        await sandbox.Api.PostAsync(Device, null);

        var added = await (await sandbox.Api.PostJsonAsync(Device + "/Key", new { Key = "WebPanel.1", Value = "Acme.Panel", RecordId = 7, TableName = "extapp" }))
            .ExpectJsonAsync(HttpStatusCode.OK);
        await sandbox.Api.PostJsonAsync(Device + "/Key", new { Key = "WebPanel.2", Value = "Acme.Other", RecordId = 8, TableName = "extapp" });
        var byValue = await (await sandbox.Api.GetAsync(Device + "/Key/WebPanel.1/extapp?Value=Acme.Panel")).ExpectJsonAsync(HttpStatusCode.OK);
        var byRecord = await (await sandbox.Api.GetAsync(Device + "/Key/WebPanel.1/ExtApp/7")).ExpectJsonAsync(HttpStatusCode.OK);
        var wrongRecord = await sandbox.Api.GetAsync(Device + "/Key/WebPanel.1/extapp/8");
        var deleted = await sandbox.Api.DeleteAsync(Device + "/Key/WebPanel.1/extapp/7");
        var gone = await sandbox.Api.GetAsync(Device + "/Key/WebPanel.1/extapp?Value=Acme.Panel");
        var other = await (await sandbox.Api.GetAsync(Device + "/Key/WebPanel.2/extapp/8")).ExpectJsonAsync(HttpStatusCode.OK);

        Assert.Equal(new[] { "Key", "Value", "RecordId", "CreatedDate", "UpdatedDate", "UpdatedBy", "CreatedBy", "TableName" },
            added.AsObject().Select(p => p.Key));
        Assert.Equal(7, byValue["RecordId"]!.GetValue<int>());
        Assert.Equal("Acme.Panel", byRecord["Value"]!.GetValue<string>());
        await wrongRecord.ExpectErrorAsync(HttpStatusCode.NotFound, "SoNotFoundException");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await gone.ExpectErrorAsync(HttpStatusCode.NotFound, "SoNotFoundException");
        Assert.Equal("Acme.Other", other["Value"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_foreign_system_agent_lists_every_key_of_a_device_and_none_of_another()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await sandbox.Api.PostAsync("ForeignApp/Acme%20Invoicing", null);
        await sandbox.Api.PostAsync(Device, null);
        await sandbox.Api.PostAsync("ForeignApp/Acme%20Invoicing/Installer/two", null);
        await sandbox.Api.PostJsonAsync(Device + "/Key", new { Key = "WebPanel.1", Value = "Acme.Panel", RecordId = 7, TableName = "extapp" });
        await sandbox.Api.PutJsonAsync(Device + "/Key", new { Key = "Manifest", Value = "2.0.0", RecordId = 0, TableName = "" });
        await sandbox.Api.PostJsonAsync("ForeignApp/Acme%20Invoicing/Installer/two/Key", new { Key = "Other", Value = "x", RecordId = 1, TableName = "extapp" });

        var keys = await (await sandbox.Api.PostJsonAsync("Agents/ForeignSystem/GetDeviceKeysOnDeviceIdentifier",
            new { ApplicationName = "Acme Invoicing", DeviceName = "Installer", DeviceIdentifier = "one" })).ExpectJsonAsync(HttpStatusCode.OK);
        var none = await (await sandbox.Api.PostJsonAsync("Agents/ForeignSystem/GetDeviceKeysOnDeviceIdentifier",
            new { ApplicationName = "Nobody", DeviceName = "Installer", DeviceIdentifier = "one" })).ExpectJsonAsync(HttpStatusCode.OK);
        var missing = await sandbox.Api.PostJsonAsync("Agents/ForeignSystem/GetDeviceKeysOnDeviceIdentifier", new { DeviceName = "Installer" });

        Assert.Equal(["WebPanel.1", "Manifest"], keys.AsArray().Select(k => k!["Key"]!.GetValue<string>()));
        Assert.Equal("2.0.0", keys[1]!["Value"]!.GetValue<string>());
        Assert.Empty(none.AsArray());
        await missing.ExpectErrorAsync(HttpStatusCode.BadRequest, "ArgumentException", "ApplicationName");
    }

    [Fact]
    public async Task A_key_on_a_device_that_does_not_exist_is_refused()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var refused = await sandbox.Api.PostJsonAsync(Device + "/Key", new { Key = "WebPanel.1", Value = "x", RecordId = 1, TableName = "extapp" });

        await refused.ExpectErrorAsync(HttpStatusCode.NotFound, "SoNotFoundException");
    }

    [Fact]
    public async Task Apps_devices_and_keys_survive_a_restart()
    {
        var stateFile = Path.Combine(_folder, "tenant.json");
        await using (var first = await TestSandbox.StartAsync(options => options.StateFile = stateFile))
        {
            await first.Api.PostAsync("ForeignApp/Acme%20Invoicing", null);
            await first.Api.PostAsync(Device, null);
            await (await first.Api.PostJsonAsync(Device + "/Key", new { Key = "List.1", Value = "Acme status", RecordId = 42, TableName = "udlistdefinition" }))
                .ExpectJsonAsync(HttpStatusCode.OK);
        }

        await using var second = await TestSandbox.StartAsync(options => options.StateFile = stateFile);

        var key = await (await second.Api.GetAsync(Device + "/Key/List.1/udlistdefinition/42")).ExpectJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Acme status", key["Value"]!.GetValue<string>());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

using System.Net;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Apps;

namespace SuperOfficeProvisioning.Engine.Tests.Apps;

/// <summary>
/// The <c>/ForeignApp</c> routes the install record uses, for one app and one device: keys found by name, table and
/// value, added, and deleted by name, table and record (record 0: all of that name and table, as documented).
/// </summary>
internal sealed class FakeForeignKeys
{
    private readonly HashSet<string> _apps = new();
    private readonly HashSet<string> _devices = new();

    public List<(string Key, string Table, string Value, int RecordId)> All { get; } = new();

    /// <summary>How many of the next adds of a key for a real record (not an announcement) answer 500.</summary>
    public int FailRecordAdds { get; set; }

    /// <summary>Every key write in order: "add Key=RecordId" or "delete Key/RecordId".</summary>
    public List<string> Writes { get; } = new();

    /// <summary>A key as the installer writes it for a created object (its app and device taken as existing).</summary>
    public void Record(string kind, string identity, int recordId, bool announcedOnly = false)
    {
        var item = new RecordedObject(kind, identity, Table(kind), ignoreCase: kind is ApplicationObjectKind.List or ApplicationObjectKind.ListItem);
        _apps.Add("Test");
        _devices.Add($"Test/{InstallRecord.DeviceName}/{InstallRecord.DeviceIdentifier}");
        All.Add(announcedOnly ? (item.KeyName + ".Creating", item.Table, item.Identity, 0) : (item.KeyName, item.Table, item.Identity, recordId));
    }

    public bool Records(string kind, string identity, int recordId)
    {
        var item = new RecordedObject(kind, identity, Table(kind), ignoreCase: false);
        return All.Contains((item.KeyName, item.Table, item.Identity, recordId));
    }

    public bool Announces(string kind, string identity) =>
        All.Any(k => k.Key == new RecordedObject(kind, identity, Table(kind), ignoreCase: false).KeyName + ".Creating");

    /// <summary>Every key of the one device, as the foreign system agent lists them.</summary>
    public HttpResponseMessage DeviceKeys() => new(HttpStatusCode.OK)
    {
        Content = new System.Net.Http.StringContent(new JArray(All.Select(k => new JObject
        {
            ["Key"] = k.Key, ["TableName"] = k.Table, ["Value"] = k.Value, ["RecordId"] = k.RecordId,
        })).ToString(), System.Text.Encoding.UTF8, "application/json"),
    };

    public HttpResponseMessage Answer(string method, string path, string query, JObject? body)
    {
        var parts = path.Split('/').Select(Uri.UnescapeDataString).ToArray();
        var device = parts.Length >= 3 ? string.Join("/", parts.Take(3)) : null;
        switch (method, parts.Length)
        {
            case ("GET", 1):
                return _apps.Contains(parts[0]) ? FakeWebPanelTenant.Json(new JObject { ["ForeignAppId"] = 1, ["Name"] = parts[0] }) : NotFound();
            case ("POST", 1):
                _apps.Add(parts[0]);
                return FakeWebPanelTenant.Json(new JObject { ["ForeignAppId"] = 1, ["Name"] = parts[0] });
            case ("DELETE", 1):
                _apps.Clear();
                return new HttpResponseMessage(HttpStatusCode.NoContent);
            case ("GET", 2) when parts[1] == "Devices":
                return new HttpResponseMessage(HttpStatusCode.OK)
                {
                    Content = new System.Net.Http.StringContent(new JArray(_devices.Where(d => d.StartsWith(parts[0] + "/", StringComparison.Ordinal)).Select(d => new JObject { ["Name"] = d.Split('/')[1] })).ToString()),
                };
            case ("DELETE", 3):
                _devices.Remove(device!);
                All.Clear();
                Writes.Add("delete device");
                return new HttpResponseMessage(HttpStatusCode.NoContent);
            case ("GET", 3):
                return _devices.Contains(device!) ? FakeWebPanelTenant.Json(new JObject { ["ForeignDeviceId"] = 1, ["Name"] = parts[1] }) : NotFound();
            case ("POST", 3):
                if (!_apps.Contains(parts[0]))
                {
                    return NotFound();
                }

                _devices.Add(device!);
                return FakeWebPanelTenant.Json(new JObject { ["ForeignDeviceId"] = 1, ["Name"] = parts[1] });
            case ("POST", 4) when FailRecordAdds > 0 && (int)body!["RecordId"]! > 0:
                FailRecordAdds--;
                return new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new System.Net.Http.StringContent("{\"Error\":true,\"ErrorType\":\"SoServerException\"}") };
            case ("PUT", 4) when _devices.Contains(device!):
                var saved = ((string)body!["Key"]!, (string)body["TableName"]!, (string)body["Value"]!, (int)body["RecordId"]!);
                All.RemoveAll(k => k.Key == saved.Item1 && k.Table == saved.Item2 && k.RecordId == saved.Item4);
                All.Add(saved);
                Writes.Add($"save {saved.Item1}={saved.Item3}");
                return FakeWebPanelTenant.Json(body);
            case ("POST", 4) when _devices.Contains(device!):
                var key = ((string)body!["Key"]!, (string)body["TableName"]!, (string)body["Value"]!, (int)body["RecordId"]!);
                All.Add(key);
                Writes.Add($"add {key.Item1}={key.Item4}");
                return FakeWebPanelTenant.Json(body);
            case ("GET", 6):
                var value = Uri.UnescapeDataString(query.Substring("?Value=".Length));
                var found = All.FirstOrDefault(k => k.Key == parts[4] && k.Table == parts[5] && k.Value == value);
                return found.Key is null ? NotFound() : FakeWebPanelTenant.Json(new JObject
                {
                    ["Key"] = found.Key, ["TableName"] = found.Table, ["Value"] = found.Value, ["RecordId"] = found.RecordId,
                });
            case ("DELETE", 7):
                var record = int.Parse(parts[6]);
                All.RemoveAll(k => k.Key == parts[4] && k.Table == parts[5] && (record == 0 || k.RecordId == record));
                Writes.Add($"delete {parts[4]}/{record}");
                return new HttpResponseMessage(HttpStatusCode.NoContent);
            default:
                return NotFound();
        }
    }

    private static string Table(string kind) => kind switch
    {
        ApplicationObjectKind.List => "udlistdefinition",
        ApplicationObjectKind.ListItem => "udlist",
        _ => "extapp",
    };

    private static HttpResponseMessage NotFound() =>
        new(HttpStatusCode.NotFound) { Content = new System.Net.Http.StringContent("{\"Error\":true,\"ErrorType\":\"SoNotFoundException\"}") };
}

using System;
using System.IO;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Sync;

/// <summary>
/// The audit record: each applied change appended as one JSON line (time, group, action, target, attribute
/// names and new values). Requests and credentials never reach it.
/// </summary>
public sealed class ChangeLog
{
    private readonly string? _path;
    private readonly object _gate = new object();

    public ChangeLog(string? path)
    {
        _path = path;
        if (path is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        }
    }

    public void Append(string group, SyncChange change)
    {
        if (_path is null)
        {
            return;
        }

        var line = new JObject
        {
            ["time"] = DateTimeOffset.UtcNow.ToString("o"),
            ["group"] = group,
            ["action"] = change.Action.ToString(),
            ["target"] = change.Target,
            ["scimId"] = change.ScimId,
            ["attributes"] = JObject.FromObject(change.Attributes),
        }.ToString(Formatting.None);

        lock (_gate)
        {
            File.AppendAllText(_path, line + Environment.NewLine, new UTF8Encoding(false));
        }
    }
}

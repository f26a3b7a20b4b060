using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>A custom list as the manifest wants it.</summary>
public sealed class DesiredList
{
    public DesiredList(string name, JObject fields, string path)
    {
        Name = name;
        Fields = fields;
        Path = path;
    }

    public string Name { get; }

    /// <summary>The managed fields and their values (WebAPI names: Name, Tooltip, Rank, …); others are left alone.</summary>
    public JObject Fields { get; }

    public string Path { get; }

    public List<DesiredListItem> Items { get; } = new List<DesiredListItem>();
}

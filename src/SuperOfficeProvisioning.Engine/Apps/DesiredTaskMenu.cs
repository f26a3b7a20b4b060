using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>A task menu item as the manifest wants it; found again by its ProgId.</summary>
public sealed class DesiredTaskMenu
{
    public DesiredTaskMenu(string key, string progId, JObject fields, string path)
    {
        Key = key;
        ProgId = progId;
        Fields = fields;
        Path = path;
    }

    public string Key { get; }

    public string ProgId { get; }

    public string Name => (string?)Fields[nameof(Name)] ?? Key;

    /// <summary>The TaskMenu fields the manifest manages (WebAPI names).</summary>
    public JObject Fields { get; }

    public string Path { get; }
}

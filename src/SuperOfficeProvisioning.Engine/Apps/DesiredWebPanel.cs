using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>A web panel (or a button) as the manifest wants it; found again by its ProgId.</summary>
public sealed class DesiredWebPanel
{
    public DesiredWebPanel(string key, string progId, JObject fields, bool isButton, string path)
    {
        Key = key;
        ProgId = progId;
        Fields = fields;
        IsButton = isButton;
        Path = path;
    }

    public string Key { get; }

    public string ProgId { get; }

    public string Name => (string?)Fields[nameof(Name)] ?? Key;

    public JObject Fields { get; }

    public bool IsButton { get; }

    public string Path { get; }
}

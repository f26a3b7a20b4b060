namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>One thing wrong with an application manifest, at a JSON path such as <c>$.webPanels[0].url</c>.</summary>
public sealed class ManifestProblem
{
    public ManifestProblem(string path, string message)
    {
        Path = path;
        Message = message;
    }

    public string Path { get; }

    public string Message { get; }

    public override string ToString() => $"{Path}: {Message}";
}

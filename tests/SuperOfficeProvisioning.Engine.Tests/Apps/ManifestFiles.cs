using System.Text.Json;

namespace SuperOfficeProvisioning.Engine.Tests.Apps;

/// <summary>The repository's manifest files: the example app, and the invalid ones with the JSON paths they must name.</summary>
internal static class ManifestFiles
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Example => Path.Combine(RepoRoot, "examples", "apps", "acme-invoicing.app.json");

    public static string Schema => Path.Combine(RepoRoot, "module", "schemas", "application.schema.json");

    public static string InvalidFolder => Path.Combine(RepoRoot, "tests", "data", "manifests");

    /// <summary>index.json: each invalid manifest with the paths its problems must name.</summary>
    public static IEnumerable<object[]> Invalid()
    {
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(InvalidFolder, "index.json")));
        foreach (var entry in index.RootElement.EnumerateArray())
        {
            yield return new object[]
            {
                entry.GetProperty("file").GetString()!,
                entry.GetProperty("paths").EnumerateArray().Select(p => p.GetString()!).ToArray(),
            };
        }
    }

    private static string FindRepoRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "SuperOfficeProvisioning.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}

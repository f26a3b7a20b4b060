using System.Text.Json;
using SuperOfficeProvisioning.TestSupport;

namespace SuperOfficeProvisioning.Engine.Tests.Apps;

/// <summary>The repository's manifest files: the example app, and the invalid ones with the JSON paths they must name.</summary>
internal static class ManifestFiles
{
    public static string Example => RepositoryRoot.Combine("examples", "apps", "acme-invoicing.app.json");

    public static string Schema => RepositoryRoot.Combine("module", "schemas", "application.schema.json");

    public static string InvalidFolder => RepositoryRoot.Combine("tests", "data", "manifests");

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
}

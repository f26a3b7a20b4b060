namespace SuperOfficeProvisioning.TestSupport;

/// <summary>
/// The repository's root folder, the one holding SuperOfficeProvisioning.sln, found above the running assembly's
/// folder (a test project's or the benchmark's bin/Configuration/TargetFramework/).
/// </summary>
public static class RepositoryRoot
{
    private const string SolutionFile = "SuperOfficeProvisioning.sln";
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>The module as the build lays it out: out/SuperOfficeProvisioning/SuperOfficeProvisioning.psd1.</summary>
    public static string ModuleManifest => Combine("out", "SuperOfficeProvisioning", "SuperOfficeProvisioning.psd1");

    /// <summary>A path below the root, from its parts: <c>Combine("examples", "apps", "acme-invoicing.app.json")</c>.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"The repository root (the folder holding {SolutionFile}) is not above {AppContext.BaseDirectory}.");
    }
}

namespace SuperOfficeProvisioning.Bench;

/// <summary>Where the assembled module and the results folder are, found above the benchmark's own folder.</summary>
public static class RepoLayout
{
    public static string ModuleManifest() =>
        Path.Combine(Root(), "out", "SuperOfficeProvisioning", "SuperOfficeProvisioning.psd1") is var manifest && File.Exists(manifest)
            ? manifest
            : throw new FileNotFoundException($"The module is not built at {manifest}; build the benchmark project (it builds the module first).");

    public static string ResultsFolder() => Path.Combine(Root(), "bench", "results");

    private static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "bench", "SuperOfficeProvisioning.Bench.csproj")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"Cannot find the repository above {AppContext.BaseDirectory}.");
    }
}

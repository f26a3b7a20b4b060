using SuperOfficeProvisioning.TestSupport;

namespace SuperOfficeProvisioning.Bench;

/// <summary>Where the assembled module and the results folder are in the repository.</summary>
public static class RepoLayout
{
    public static string ModuleManifest() =>
        RepositoryRoot.ModuleManifest is var manifest && File.Exists(manifest)
            ? manifest
            : throw new FileNotFoundException($"The module is not built at {manifest}; build the benchmark project (it builds the module first).");

    public static string ResultsFolder() => RepositoryRoot.Combine("bench", "results");

    /// <summary>A file of the repository, such as an example script.</summary>
    public static string Combine(params string[] parts) => RepositoryRoot.Combine(parts);
}

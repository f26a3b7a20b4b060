namespace SuperOfficeProvisioning.PowerShell.Tests.Harness;

/// <summary>
/// Where things are in the repository, and the environment variables that tell test files about them
/// (<c>SO_REPO_ROOT</c>, <c>SO_MODULE_MANIFEST</c>, <c>SO_SANDBOX_TOOLS</c>).
/// </summary>
public static class RepositoryLayout
{
    public const string RepositoryRootVariable = "SO_REPO_ROOT";
    public const string ModuleManifestVariable = "SO_MODULE_MANIFEST";
    public const string SandboxToolsVariable = "SO_SANDBOX_TOOLS";

    const string SolutionFileName = "SuperOfficeProvisioning.sln";

    static readonly Lazy<string> LazyRoot = new(() => FindRoot(AppContext.BaseDirectory));

    public static string Root => LazyRoot.Value;

    public static string TestsDirectory => Path.Combine(Root, "tests");

    /// <summary>The manifest of the module folder that the module project assembles on every build.</summary>
    public static string ModuleManifest => Path.Combine(Root, "out", "SuperOfficeProvisioning", "SuperOfficeProvisioning.psd1");

    /// <summary>The sandbox tools assembly, which its project copies to <c>out/SandboxTools/</c> on every build.</summary>
    public static string SandboxToolsAssembly => Path.Combine(Root, "out", "SandboxTools", "SuperOfficeProvisioning.SandboxTools.psd1");

    /// <summary>
    /// Sets the variables for this process; runspaces created in it see them as <c>$env:SO_*</c>.
    /// Every run sets the same values, so concurrent callers do not disturb one another.
    /// </summary>
    public static void ExportEnvironmentVariables()
    {
        Environment.SetEnvironmentVariable(RepositoryRootVariable, Root);
        Environment.SetEnvironmentVariable(ModuleManifestVariable, ModuleManifest);
        Environment.SetEnvironmentVariable(SandboxToolsVariable, SandboxToolsAssembly);
    }

    static string FindRoot(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No directory above '{startDirectory}' holds {SolutionFileName}.");
    }
}

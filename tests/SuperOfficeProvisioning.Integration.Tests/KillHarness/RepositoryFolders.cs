namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

/// <summary>Where the kill harness finds what the build made: the module folder, the sandbox, the example app.</summary>
internal static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration this test assembly was built in (Debug, Release).</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string ModuleManifest => Path.Combine(Root, "out", "SuperOfficeProvisioning", "SuperOfficeProvisioning.psd1");

    public static string SandboxAssembly =>
        Path.Combine(Root, "sandbox", "SuperOfficeProvisioning.Sandbox", "bin", Configuration, "net10.0", "SuperOfficeProvisioning.Sandbox.dll");

    public static string ExampleApplication => Path.Combine(Root, "examples", "apps", "acme-invoicing.app.json");

    public static string ToolManifest => Path.Combine(Root, ".config", "dotnet-tools.json");

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "SuperOfficeProvisioning.sln")))
        {
            folder = folder.Parent ?? throw new DirectoryNotFoundException("The repository root is not above " + AppContext.BaseDirectory);
        }

        return folder.FullName;
    }
}

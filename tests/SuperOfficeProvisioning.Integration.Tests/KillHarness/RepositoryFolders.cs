using SuperOfficeProvisioning.TestSupport;

namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

/// <summary>Where the kill harness finds what the build made beyond the module: the sandbox, the example app, the tool manifest.</summary>
internal static class RepositoryFolders
{
    /// <summary>The build configuration this test assembly was built in (Debug, Release).</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string SandboxAssembly =>
        RepositoryRoot.Combine("sandbox", "SuperOfficeProvisioning.Sandbox", "bin", Configuration, "net10.0", "SuperOfficeProvisioning.Sandbox.dll");

    public static string ExampleApplication => RepositoryRoot.Combine("examples", "apps", "acme-invoicing.app.json");

    public static string ToolManifest => RepositoryRoot.Combine(".config", "dotnet-tools.json");
}

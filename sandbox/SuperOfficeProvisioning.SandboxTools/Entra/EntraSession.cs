using SuperOfficeProvisioning.SandboxTools.Entra.Directory;

namespace SuperOfficeProvisioning.SandboxTools.Entra;

/// <summary>The stand-in directory of the current PowerShell session.</summary>
internal static class EntraSession
{
    private static readonly RunspaceLocal<EntraDirectory> Current = new();

    /// <summary>The imported directory, or else a fresh copy of the repository's example directory.</summary>
    public static EntraDirectory Directory => Current.GetOrAdd(LoadExample);

    public static void Use(EntraDirectory directory) => Current.Value = directory;

    private static EntraDirectory LoadExample()
    {
        var path = ExampleFiles.Find(ExampleFiles.DirectoryFile)
            ?? throw new FileNotFoundException(
                $"No directory was imported and '{ExampleFiles.DirectoryFile}' was not found above the SandboxTools folder. " +
                "Run Import-SoEntraDirectory -Path <directory.json> first.");
        return EntraDirectoryFile.Load(path);
    }
}

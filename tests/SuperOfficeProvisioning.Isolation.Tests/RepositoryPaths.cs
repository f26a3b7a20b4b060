namespace SuperOfficeProvisioning.Isolation.Tests;

internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ModuleManifest => Path.Combine(Root, "out", "SuperOfficeProvisioning", "SuperOfficeProvisioning.psd1");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SuperOfficeProvisioning.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (with SuperOfficeProvisioning.sln) is not above " + AppContext.BaseDirectory);
    }
}

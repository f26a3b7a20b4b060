namespace SuperOfficeProvisioning.Shell;

/// <summary>Finds the assembled module folder (out/SuperOfficeProvisioning) above the Shell's own folder.</summary>
internal static class ModuleLocator
{
    public static string ModuleManifest() => Find(Path.Combine("out", "SuperOfficeProvisioning", "SuperOfficeProvisioning.psd1"), "SO_MODULE_MANIFEST");

    public static string SandboxTools() => Find(Path.Combine("out", "SandboxTools", "SuperOfficeProvisioning.SandboxTools.psd1"), "SO_SANDBOX_TOOLS");

    private static string Find(string relativePath, string overrideVariable)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(overrideVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Cannot find {relativePath} above {AppContext.BaseDirectory}; build the solution first, or set {overrideVariable}.");
    }
}

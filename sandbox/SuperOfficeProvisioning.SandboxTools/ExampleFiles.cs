namespace SuperOfficeProvisioning.SandboxTools;

/// <summary>
/// Finds the repository's example data by looking in the folders above this assembly, so the tools find it from
/// <c>out/SandboxTools/</c> as well as from a test project's output folder.
/// </summary>
internal static class ExampleFiles
{
    public const string DirectoryFile = "examples/data/entra-directory.json";
    public const string ScimRulesFile = "examples/data/scim-rules.json";

    public static string? Find(string relativePath)
    {
        var start = Path.GetDirectoryName(typeof(ExampleFiles).Assembly.Location);
        for (var folder = start is null ? null : new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

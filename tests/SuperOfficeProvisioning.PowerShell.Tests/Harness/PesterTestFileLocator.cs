namespace SuperOfficeProvisioning.PowerShell.Tests.Harness;

/// <summary>Finds the <c>*.Tests.ps1</c> files under a directory, in the fixed order they run in.</summary>
public static class PesterTestFileLocator
{
    const string TestFilePattern = "*.Tests.ps1";

    static readonly string[] BuildOutputDirectoryNames = ["bin", "obj"];

    /// <summary>Paths relative to <paramref name="root"/>, with '/' separators, sorted ordinally.</summary>
    public static IReadOnlyList<string> FindRelativePaths(string root) =>
        Directory.EnumerateFiles(root, TestFilePattern, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !IsInBuildOutput(path))
            .Order(StringComparer.Ordinal)
            .ToList();

    static bool IsInBuildOutput(string relativePath) =>
        relativePath.Split('/').SkipLast(1).Any(directory => BuildOutputDirectoryNames.Contains(directory, StringComparer.OrdinalIgnoreCase));
}

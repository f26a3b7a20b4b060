using System.Text.Json;

namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

/// <summary>
/// The PowerShell engine the repository pins as a local dotnet tool, found in the NuGet package folder that
/// <c>dotnet tool restore</c> fills. The harness starts the engine's own assembly, not the tool's launcher: the
/// launcher runs the engine as a child process, so killing the launcher would leave the engine writing.
/// </summary>
internal static class PinnedPowerShell
{
    private const string PackageId = "powershell";

    /// <summary>The engine assembly (<c>pwsh.dll</c>), run with <c>dotnet exec</c>.</summary>
    public static string EngineAssembly { get; } = FindEngine();

    private static string FindEngine()
    {
        var version = PinnedVersion();
        var package = Path.Combine(PackagesFolder(), PackageId, version.ToLowerInvariant());
        var tools = Path.Combine(package, "tools");
        if (!Directory.Exists(tools))
        {
            throw new InvalidOperationException($"PowerShell {version} is pinned in .config/dotnet-tools.json but not restored: run 'dotnet tool restore' (looked in {package}).");
        }

        // tools/<framework>/any/unix/pwsh.dll on Linux and macOS, …/win/pwsh.dll on Windows.
        var platform = OperatingSystem.IsWindows() ? "win" : "unix";
        var engine = Directory.EnumerateFiles(tools, "pwsh.dll", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(Path.GetDirectoryName(path)) == platform)
            .OrderByDescending(path => path, StringComparer.Ordinal)
            .FirstOrDefault();
        return engine ?? throw new InvalidOperationException($"The PowerShell {version} tool package in {package} holds no {platform}/pwsh.dll.");
    }

    private static string PinnedVersion()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(RepositoryFolders.ToolManifest));
        return manifest.RootElement.GetProperty("tools").GetProperty(PackageId).GetProperty("version").GetString()
            ?? throw new InvalidOperationException("The tool manifest names no PowerShell version.");
    }

    private static string PackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}

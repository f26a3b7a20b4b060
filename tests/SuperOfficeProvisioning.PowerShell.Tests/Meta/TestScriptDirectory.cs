using SuperOfficeProvisioning.PowerShell.Tests.Harness;

namespace SuperOfficeProvisioning.PowerShell.Tests.Meta;

/// <summary>A temporary directory of <c>*.Tests.ps1</c> files written by a test, deleted afterwards.</summary>
public sealed class TestScriptDirectory : IDisposable
{
    public TestScriptDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "PesterShimTests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        LogPath = System.IO.Path.Combine(Path, "log.txt");
    }

    public string Path { get; }

    /// <summary>
    /// A file that scripts can append to: write <c>{{Log}}</c> in a script to get a <c>Write-Log</c> function
    /// (define it in a BeforeAll, as Pester would need).
    /// </summary>
    public string LogPath { get; }

    public IReadOnlyList<string> LogLines => File.Exists(LogPath) ? File.ReadAllLines(LogPath) : [];

    /// <summary>Writes a script and returns its full path. <c>{{Log}}</c> becomes the Write-Log function.</summary>
    public string Write(string relativePath, string script)
    {
        var fullPath = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        var logFunction = $"function Write-Log ([string] $Text) {{ [System.IO.File]::AppendAllText('{LogPath.Replace("'", "''")}', \"$Text`n\") }}";
        File.WriteAllText(fullPath, script.Replace("{{Log}}", logFunction));
        return fullPath;
    }

    public PesterFileResult Run(string script) => PesterScriptRunner.Run(Write("Sample.Tests.ps1", script));

    public PesterFileResult Discover(string script) => PesterScriptRunner.Discover(Write("Sample.Tests.ps1", script));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

using System.Management.Automation.Runspaces;
using PowerShellPipeline = System.Management.Automation.PowerShell;

namespace SuperOfficeProvisioning.PowerShell.Tests.Harness;

/// <summary>
/// Discovers or runs one <c>*.Tests.ps1</c> file with the Pester shim, in a fresh runspace that is disposed
/// afterwards.
/// </summary>
public static class PesterScriptRunner
{
    static readonly string ShimDirectory = Path.Combine(AppContext.BaseDirectory, "Pester");
    static readonly string ShimPath = Path.Combine(ShimDirectory, "PesterShim.ps1");

    /// <summary>Runs only the discovery phase: Describe and Context bodies, not setups and not It bodies.</summary>
    public static PesterFileResult Discover(string scriptPath) => Invoke(scriptPath, "Discovery");

    /// <summary>Runs discovery and then every BeforeAll, BeforeEach, It, AfterEach and AfterAll.</summary>
    public static PesterFileResult Run(string scriptPath) => Invoke(scriptPath, "Run");

    static PesterFileResult Invoke(string scriptPath, string mode)
    {
        var fullPath = Path.GetFullPath(scriptPath);
        RepositoryLayout.ExportEnvironmentVariables();

        // The core cmdlets only, and no execution policy: setting one throws on Linux.
        using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        using var powerShell = PowerShellPipeline.Create(runspace);

        // Dot-sourced into the global scope, so the shim shares the test file's session state.
        powerShell.AddCommand(ShimPath, useLocalScope: false)
            .AddStatement()
            .AddCommand("Invoke-ShimTestFile")
            .AddParameter("__ShimPath", fullPath)
            .AddParameter("__ShimMode", mode);

        var state = powerShell.Invoke().LastOrDefault()
            ?? throw new InvalidOperationException($"The Pester shim returned nothing for {fullPath}: {DescribeErrors(powerShell)}");
        return PesterShimStateReader.Read(fullPath, state, ShimDirectory);
    }

    static string DescribeErrors(PowerShellPipeline powerShell) =>
        string.Join(Environment.NewLine, powerShell.Streams.Error.Select(error => $"{error} {error.ScriptStackTrace}"));
}

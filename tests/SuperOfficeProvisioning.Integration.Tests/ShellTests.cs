using System.Diagnostics;
using Xunit;

namespace SuperOfficeProvisioning.Integration.Tests;

/// <summary>The Shell as a user runs it: a separate process, output on stdout, errors on stderr, an exit code.</summary>
public sealed class ShellTests
{
    [Fact]
    public async Task A_command_prints_its_output_with_the_module_imported()
    {
        var (exit, output, errors) = await RunShellAsync("-Command", "(Get-Command -Module SuperOfficeProvisioning).Count -gt 5; 'done'");

        Assert.Equal(0, exit);
        Assert.Contains("True", output);
        Assert.Contains("done", output);
        Assert.Equal(string.Empty, errors.Trim());
    }

    [Fact]
    public async Task A_terminating_error_goes_to_stderr_and_exits_1()
    {
        var (exit, _, errors) = await RunShellAsync("-Command", "Get-SoUser -ErrorAction Stop");

        Assert.Equal(1, exit);
        Assert.Contains("NotConnected", errors);
    }

    [Fact]
    public async Task A_script_file_gets_its_arguments_and_its_exit_code_is_kept()
    {
        var script = Path.Combine(Path.GetTempPath(), $"shell-{Guid.NewGuid():N}.ps1");
        await File.WriteAllTextAsync(script, "param($Name) \"hello $Name\"; exit 3");
        try
        {
            var (exit, output, _) = await RunShellAsync("-File", script, "world");

            Assert.Equal(3, exit);
            Assert.Contains("hello world", output);
        }
        finally
        {
            File.Delete(script);
        }
    }

    [Fact]
    public async Task With_Sandbox_the_script_gets_a_tenant_and_the_graph_stand_ins()
    {
        var (exit, output, errors) = await RunShellAsync(
            "-Sandbox",
            "-Command",
            "Connect-SoTenant -ScimUrl $SoSandbox.ScimUrl -ScimToken $SoSandbox.ScimToken -CertificateThumbprint $SoSandbox.CertificateThumbprint; @(Get-MgUser -Top 3).Count; (Get-SoConnection).ScimUrl.Host");

        Assert.True(exit == 0, errors);
        Assert.Contains("3", output);
        Assert.Contains("127.0.0.1", output);
    }

    private static async Task<(int Exit, string Output, string Errors)> RunShellAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(ShellAssembly());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    private static string ShellAssembly()
    {
        // The Shell is built beside this project, in the same configuration.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "SuperOfficeProvisioning.sln")))
        {
            root = root.Parent ?? throw new DirectoryNotFoundException("The repository root is not above " + AppContext.BaseDirectory);
        }

        return Path.Combine(root.FullName, "src", "SuperOfficeProvisioning.Shell", "bin", configuration, "net10.0", "SuperOfficeProvisioning.Shell.dll");
    }
}

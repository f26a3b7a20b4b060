using System.Diagnostics;
using System.Text.Json;

namespace SuperOfficeProvisioning.Bench.Driver;

/// <summary>
/// Runs a <see cref="DriverJob"/> in a fresh process (this program with <c>--drive</c>): the module's memory is then
/// measured apart from the sandbox's, and every run starts as cold as an admin's script does.
/// </summary>
public static class DriverProcess
{
    public const string Switch = "--drive";

    /// <summary>Marks the result line on standard output, so stray console output cannot be taken for it.</summary>
    public const string ResultMarker = "DRIVER-RESULT ";

    public static async Task<DriverResult> RunAsync(DriverJob job, CancellationToken cancellationToken = default)
    {
        using var process = new Process { StartInfo = StartInfo() };
        process.Start();
        await process.StandardInput.WriteAsync(JsonSerializer.Serialize(job, BenchJson.Options));
        process.StandardInput.Close();

        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var resultLine = (await output).Split('\n').FirstOrDefault(line => line.StartsWith(ResultMarker, StringComparison.Ordinal));
        if (process.ExitCode != 0 || resultLine is null)
        {
            throw new InvalidOperationException($"The driver process ({job.Command}) exited with {process.ExitCode}: {(await errors).Trim()}");
        }

        return JsonSerializer.Deserialize<DriverResult>(resultLine[ResultMarker.Length..], BenchJson.Options)!;
    }

    /// <summary>The driver side: reads the job from standard input, runs it, writes the result line.</summary>
    public static int RunDriver()
    {
        var job = JsonSerializer.Deserialize<DriverJob>(Console.In.ReadToEnd(), BenchJson.Options)
            ?? throw new InvalidOperationException("No job on standard input.");
        var result = ModuleDriver.Run(job);
        Console.Out.WriteLine(ResultMarker + JsonSerializer.Serialize(result, BenchJson.Options));
        return 0;
    }

    private static ProcessStartInfo StartInfo()
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot tell this program's path.");
        var info = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // Started as `dotnet SuperOfficeProvisioning.Bench.dll`, the host needs the assembly named first.
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            info.ArgumentList.Add(typeof(DriverProcess).Assembly.Location);
        }

        info.ArgumentList.Add(Switch);
        return info;
    }
}

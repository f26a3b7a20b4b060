using System.Diagnostics;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SuperOfficeProvisioning.TestSupport;

namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

/// <summary>What the standalone sandbox writes to its --details-file, as far as the harness needs it.</summary>
internal sealed record TenantDetails(
    string ContextIdentifier,
    Uri BaseUri,
    Uri WebApiUrl,
    Uri ScimUrl,
    string ScimToken,
    string CertificateThumbprint,
    string AccessToken,
    string AdminKey,
    string PrivateKeyPath);

/// <summary>
/// A sandbox tenant in its own process (the pwsh under test carries no ASP.NET Core, and a tenant that outlives the
/// killed writer must not share its fate). Fresh state each time; killed when disposed.
/// </summary>
internal sealed class SandboxProcess : IAsyncDisposable
{
    private const string Context = "Cust12345";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SandboxProcess(Process process, string folder)
    {
        _process = process;
        Folder = folder;
    }

    /// <summary>A folder of this sandbox's own, for the details file and whatever a trial writes; deleted on dispose.</summary>
    public string Folder { get; }

    public string DetailsFile => Path.Combine(Folder, "sandbox-details.json");

    public TenantDetails Details { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>Starts a sandbox; <paramref name="routeLatencies"/> (route pattern → ms) replace the latency on those routes.</summary>
    public static async Task<SandboxProcess> StartAsync(int seed, int latencyMs, IReadOnlyDictionary<string, int> routeLatencies)
    {
        var folder = Directory.CreateTempSubdirectory("so-kill-").FullName;
        var config = Path.Combine(folder, "sandbox-options.json");
        // The SCIM gateway's routes are matched by request path, so {ctx} is spelled out.
        var latencies = routeLatencies.Select(r => new { Route = r.Key.Replace("{ctx}", Context, StringComparison.Ordinal), MinMs = r.Value, MaxMs = r.Value }).ToArray();
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new { Faults = new { RouteLatencies = latencies } }));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var argument in new[]
                 {
                     "exec", RepositoryFolders.SandboxAssembly,
                     "--config", config,
                     "--context", Context,
                     "--details-file", Path.Combine(folder, "sandbox-details.json"),
                     "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--latency-ms", latencyMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--admin-key", Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var sandbox = new SandboxProcess(Process.Start(start)!, folder);
        try
        {
            sandbox.CaptureOutput();
            sandbox.Details = await sandbox.ReadDetailsAsync();
            sandbox.Http = PinnedHttp.Client(sandbox.Details.CertificateThumbprint, timeout: TimeSpan.FromMinutes(1));
            return sandbox;
        }
        catch
        {
            await sandbox.DisposeAsync();
            throw;
        }
    }

    /// <summary>Requests whose handler changed tenant state since the sandbox started (a lost reply still counts).</summary>
    public async Task<long> CountWritesAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Details.BaseUri, "_sandbox/stats"));
        request.Headers.Add("X-Sandbox-Admin-Key", Details.AdminKey);
        using var response = await Http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var stats = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return stats.RootElement.GetProperty("Writes").GetInt64();
    }

    public async ValueTask DisposeAsync()
    {
        // The client's keep-alive connections go first, or the sandbox's graceful stop waits for them.
        Http?.Dispose();
        try
        {
            await StopAsync();
        }
        finally
        {
            _process.Dispose();
            Directory.Delete(Folder, recursive: true);
        }
    }

    // SIGTERM first: the sandbox then deletes the private key folder it made. SIGKILL if it does not stop in time.
    private async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        if (!OperatingSystem.IsWindows())
        {
            _ = SendSignal(_process.Id, Sigterm);
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
                return;
            }
            catch (OperationCanceledException)
            {
                // Not stopped in time: killed below.
            }
        }

        _process.Kill(entireProcessTree: true);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);

        // Killed, it could not delete the folder it made for the application's private key.
        if (Details?.PrivateKeyPath is { } key && Path.GetDirectoryName(key) is { } keyFolder && Directory.Exists(keyFolder))
        {
            Directory.Delete(keyFolder, recursive: true);
        }
    }

    private const int Sigterm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int processId, int signal);

    private void CaptureOutput()
    {
        _process.OutputDataReceived += (_, line) => Append(line.Data);
        _process.ErrorDataReceived += (_, line) => Append(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        _process.StandardInput.Close();

        void Append(string? line)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    // The sandbox prints its details and then writes the file, not atomically: a file that does not parse yet is
    // read again until it does, the sandbox exits, or the time is up.
    private async Task<TenantDetails> ReadDetailsAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The sandbox exited with {_process.ExitCode} before it was ready:\n{Output()}");
            }

            if (File.Exists(DetailsFile))
            {
                try
                {
                    return JsonSerializer.Deserialize<TenantDetails>(await File.ReadAllTextAsync(DetailsFile))!;
                }
                catch (JsonException)
                {
                    // Still being written.
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The sandbox wrote no details file within {StartTimeout}:\n{Output()}");
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}

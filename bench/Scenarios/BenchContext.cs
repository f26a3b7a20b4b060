using System.Diagnostics;
using SuperOfficeProvisioning.Bench.Driver;
using SuperOfficeProvisioning.Bench.Input;
using SuperOfficeProvisioning.Sandbox;

namespace SuperOfficeProvisioning.Bench.Scenarios;

/// <summary>What the scenarios share in one run: options, the generated directory, the baselines, a synced tenant.</summary>
public sealed class BenchContext(BenchOptions options) : IAsyncDisposable
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private IReadOnlyList<DirectoryUser>? _users;

    public BenchOptions Options { get; } = options;

    public string ModuleManifest { get; } = RepoLayout.ModuleManifest();

    public Baselines Baselines => field ??= new Baselines(this);

    /// <summary>The <see cref="BenchOptions.Users"/> users every scenario but the big one provisions.</summary>
    public IReadOnlyList<DirectoryUser> Users => _users ??= SampleDirectory.Generate(Options.Seed, Options.Users).ToList();

    /// <summary>A tenant holding <see cref="Users"/> in the benchmark's group, left by scenario 1's Sync-SoGroup for 2 and 3.</summary>
    public RunningSandbox? SyncedTenant { get; set; }

    public DriverJob Job(DriverCommand command, RunningSandbox sandbox, int users) => new()
    {
        Command = command,
        ModuleManifest = ModuleManifest,
        ScimUrl = sandbox.Details.ScimUrl.ToString(),
        ScimToken = sandbox.Details.ScimToken,
        CertificateThumbprint = sandbox.Details.CertificateThumbprint,
        DirectorySeed = Options.Seed,
        Users = users,
        ThrottleLimit = Options.ThrottleLimit,
    };

    /// <summary>Progress goes to standard error, so that standard output holds only the table.</summary>
    public void Log(string message) => Console.Error.WriteLine($"[{_clock.Elapsed:mm\\:ss}] {message}");

    public async ValueTask DisposeAsync()
    {
        if (SyncedTenant is not null)
        {
            await SyncedTenant.DisposeAsync();
        }

        await Baselines.DisposeAsync();
    }
}

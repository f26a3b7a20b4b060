namespace SuperOfficeProvisioning.Integration.Tests.KillHarness;

/// <summary>One of the module's writers, as the kill harness runs and checks it.</summary>
internal abstract class KillableWriter
{
    /// <summary>The cmdlet, as the audit log's "command" names it.</summary>
    public abstract string Command { get; }

    /// <summary>Seed base of this writer's trials, so that each writer's kills differ.</summary>
    public abstract int SeedBase { get; }

    /// <summary>Latency the sandbox adds to every request: it widens the window between a write and its reply.</summary>
    public abstract int LatencyMs { get; }

    /// <summary>
    /// Latency on the routes that write (route pattern → ms), longer than <see cref="LatencyMs"/>: with several writes
    /// in flight at once, it keeps the writes that land between seeing the Nth and the kill few.
    /// </summary>
    public virtual IReadOnlyDictionary<string, int> WriteLatencies { get; } = new Dictionary<string, int>();

    /// <summary>The highest N for "kill after the Nth write": one that every full run passes while still running.</summary>
    public abstract int LastKillPoint { get; }

    /// <summary>Makes the tenant as it is before the writer runs, and the writer's input.</summary>
    public abstract Task PrepareAsync(TrialContext trial, CancellationToken cancellationToken);

    /// <summary>The Invoke-Writer.ps1 parameters beyond those every writer takes.</summary>
    public abstract IReadOnlyDictionary<string, string> Parameters(TrialContext trial);

    public abstract Task<TenantFindings> CheckTenantAsync(TrialContext trial, CancellationToken cancellationToken);

    public static KillableWriter For(string command) => command switch
    {
        "New-SoUser" => new UserWriter(UserWriter.Kind.NewSoUser),
        "Sync-SoGroup" => new UserWriter(UserWriter.Kind.SyncSoGroup),
        "Install-SoApplication" => new ApplicationWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Not a writer the kill harness knows."),
    };
}

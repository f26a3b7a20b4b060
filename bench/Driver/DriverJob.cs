namespace SuperOfficeProvisioning.Bench.Driver;

/// <summary>What the driver process does: which cmdlet, against which tenant, with which generated input.</summary>
public sealed record DriverJob
{
    public required DriverCommand Command { get; init; }

    public required string ModuleManifest { get; init; }

    public string? ScimUrl { get; init; }

    /// <summary>Handed over on standard input, never on the command line.</summary>
    public string? ScimToken { get; init; }

    public string? CertificateThumbprint { get; init; }

    /// <summary>Seed and size of the <see cref="Input.SampleDirectory"/> the input is drawn from.</summary>
    public int DirectorySeed { get; init; }

    public int Users { get; init; }

    /// <summary>Share of the users changed since the directory was first synced (scenario 3).</summary>
    public double ChangedShare { get; init; }

    public int ChangeSeed { get; init; }

    /// <summary>The cmdlets' -ThrottleLimit; null leaves their default.</summary>
    public int? ThrottleLimit { get; init; }

    public string GroupName { get; init; } = "SuperOffice Sales";

    public string GroupId { get; init; } = "5d3c1a8e-6f5e-4c1b-9a57-2f1e0c9b7a11";

    /// <summary>
    /// Generate the input while the pipeline consumes it, as <c>Get-MgGroupMember -All | Sync-SoGroup</c> streams,
    /// so that the input objects are not all held at once and the peak memory is the module's.
    /// </summary>
    public bool StreamInput { get; init; }

    /// <summary>The script a <see cref="DriverCommand.Script"/> job runs, after Import-Module and without a connection.</summary>
    public string? Script { get; init; }
}

public enum DriverCommand
{
    /// <summary>Times a cold <c>Import-Module</c>.</summary>
    Import,

    NewUser,

    SyncGroup,

    /// <summary>Runs <see cref="DriverJob.Script"/>: a partner's whole job, which connects by itself.</summary>
    Script,
}

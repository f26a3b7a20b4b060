using System.Collections.Generic;
using SuperOfficeProvisioning.Engine.Scim;

namespace SuperOfficeProvisioning.Engine.Sync;

/// <summary>What the gateway held when a sync read it: the group (null when missing) and every user.</summary>
public sealed class SyncSnapshot
{
    internal SyncSnapshot(long requestsBefore) => RequestsBefore = requestsBefore;

    public SoGroup? Group { get; internal set; }

    internal List<SoUser> Users { get; } = new List<SoUser>();

    /// <summary>False when the gateway could not list its users whole: the plan then looks its users up by filter.</summary>
    internal bool UsersComplete { get; set; } = true;

    /// <summary>The connection's request count when the reading began, so the result counts the reads too.</summary>
    internal long RequestsBefore { get; }

    /// <summary>Runs from the start of the reading, so the result's duration covers it.</summary>
    internal System.Diagnostics.Stopwatch Watch { get; } = System.Diagnostics.Stopwatch.StartNew();
}

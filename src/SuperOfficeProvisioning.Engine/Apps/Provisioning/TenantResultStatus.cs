namespace SuperOfficeProvisioning.Engine.Apps.Provisioning;

/// <summary>How one tenant's run over many ended, as a <see cref="TenantResult"/> says it.</summary>
public static class TenantResultStatus
{
    /// <summary>Every object was handled (for Test-SoApplication: compared; its counts say whether all are in sync).</summary>
    public const string Succeeded = "Succeeded";

    /// <summary>The tenant could not be handled (not running, credentials refused, faults beyond retry), or an object failed.</summary>
    public const string Failed = "Failed";

    /// <summary>-WhatIf: nothing was written; the counts are what an install or uninstall would do.</summary>
    public const string WhatIf = "WhatIf";
}

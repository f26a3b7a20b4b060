namespace SuperOfficeProvisioning.Bench.Scenarios;

/// <summary>The figures the benchmark is held to (issue 7, "Targets"); 50 ms latency unless said.</summary>
public static class Targets
{
    public const double CreateSeconds = 40;
    public const double CreateSpeedUp = 25;
    public const double CreateWithBulkSeconds = 10;

    /// <summary>Requests per created user, besides the page reads.</summary>
    public const double RequestsPerCreatedUser = 1.05;

    /// <summary>Fixed requests allowed besides the page reads (service configuration, group lookups).</summary>
    public const int FixedRequests = 5;

    public const double UnchangedResyncSeconds = 3;
    public const double BigSyncPeakMB = 300;
    public const double RateLimitShare = 0.90;
    public const double ColdImportMs = 300;
    public const double TenantsInstallSeconds = 60;
    public const double TenantsSpeedUp = 10;
    public const double TenantsUnchangedSeconds = 15;
    public const double TenantsPeakMB = 400;

    /// <summary>Pages of a full read of <paramref name="objects"/> resources.</summary>
    public static long PageReads(int objects, int pageSize) => (objects + pageSize - 1) / pageSize;
}

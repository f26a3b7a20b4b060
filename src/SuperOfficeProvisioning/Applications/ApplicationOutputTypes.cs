namespace SuperOfficeProvisioning.Applications;

/// <summary>The type names of the application and tenant output objects, which the format views select on.</summary>
internal static class ApplicationOutputTypes
{
    public const string ApplicationObject = "SuperOffice.ApplicationObject";

    /// <summary>One tenant's summary line in a run over many connections.</summary>
    public const string TenantResult = "SuperOffice.TenantResult";

    /// <summary>A tenant's summary line from Test-SoApplication, shown with the comparison's counts (also a <see cref="TenantResult"/>).</summary>
    public const string TenantTestResult = "SuperOffice.TenantTestResult";

    public const string TenantStatus = "SuperOffice.TenantStatus";
}

namespace SuperOfficeProvisioning.Applications;

/// <summary>The type names of the application and tenant output objects, which the format views select on.</summary>
internal static class ApplicationOutputTypes
{
    public const string ApplicationObject = "SuperOffice.ApplicationObject";

    public const string TenantStatus = "SuperOffice.TenantStatus";
}

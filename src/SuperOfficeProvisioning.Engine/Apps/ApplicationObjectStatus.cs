namespace SuperOfficeProvisioning.Engine.Apps;

public static class ApplicationObjectStatus
{
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Unchanged = "Unchanged";
    public const string Revived = "Revived";
    public const string Removed = "Removed";
    public const string Absent = "Absent";
    public const string Skipped = "Skipped";
    public const string Failed = "Failed";

    /// <summary>Something in the tenant answers to the object, but the install record does not say the app created it.</summary>
    public const string NotOwned = "NotOwned";
    /// <summary>Test: the install record has the object, the manifest no longer declares it; an install prunes it.</summary>
    public const string NotInManifest = "NotInManifest";
    public const string InSync = "InSync";
    public const string Missing = "Missing";
    public const string Drifted = "Drifted";
}

namespace SuperOfficeProvisioning.SandboxTools.Entra.Directory;

/// <summary>A summary of the session's stand-in directory (PSTypeName <see cref="TypeName"/>).</summary>
public sealed record EntraDirectoryInfo(string? Path, string? TenantId, string? VerifiedDomain, int Users, int Groups, int Devices)
{
    public const string TypeName = "SuperOffice.Sandbox.EntraDirectory";

    public static EntraDirectoryInfo Of(EntraDirectory directory) => new(
        directory.SourcePath,
        directory.TenantId,
        directory.VerifiedDomain,
        directory.Users.Count,
        directory.Groups.Count,
        directory.Devices.Count);
}

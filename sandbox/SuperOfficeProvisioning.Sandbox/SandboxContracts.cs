using Microsoft.AspNetCore.Http;

namespace SuperOfficeProvisioning.Sandbox;

/// <summary>
/// A SuperOffice user as the SCIM gateway's rules leave it; the WebAPI <c>User</c> archive shows these.
/// </summary>
public sealed record SuperOfficeUserProjection(
    int AssociateId,
    string UserName,
    string Name,
    string? Email,
    bool Active,
    bool Deleted,
    string? Role,
    string? UserGroup,
    IReadOnlyList<string> OtherGroups,
    IReadOnlyList<string> LicenseOwners,
    string? OwnerCompany,
    bool Confidential);

/// <summary>Lets every route family report that a request changed tenant state, for the stats' write count.</summary>
public static class SandboxWrites
{
    private const string Key = "sandbox.mutated";

    public static void MarkMutated(HttpContext context) => context.Items[Key] = true;

    public static bool WasMutated(HttpContext context) => context.Items.ContainsKey(Key);
}

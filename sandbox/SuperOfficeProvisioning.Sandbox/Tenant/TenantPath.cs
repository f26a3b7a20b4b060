namespace SuperOfficeProvisioning.Sandbox.Tenant;

/// <summary>A tenant-scoped path, <c>/{ctx}/api/…</c> or <c>/{ctx}/scim/…</c>, split into its context identifier and area.</summary>
internal readonly record struct TenantPath(string ContextIdentifier, string Area)
{
    // First path segments that belong to the host, not to a tenant.
    private static readonly HashSet<string> HostSegments =
        new(["login", "api", "_sandbox", ".well-known"], StringComparer.OrdinalIgnoreCase);

    public bool IsScim => Area.Equals("scim", StringComparison.OrdinalIgnoreCase);

    /// <summary>The tenant part of a path, or null for the host's own paths (SuperID, tenant status, admin).</summary>
    public static TenantPath? Parse(PathString path)
    {
        var segments = (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2 || HostSegments.Contains(segments[0]))
        {
            return null;
        }

        return segments[1].Equals("api", StringComparison.OrdinalIgnoreCase) ||
               segments[1].Equals("scim", StringComparison.OrdinalIgnoreCase)
            ? new TenantPath(segments[0], segments[1])
            : null;
    }
}

using SuperOfficeProvisioning.Sandbox.Scim;

namespace SuperOfficeProvisioning.Sandbox;

/// <summary>How a sandbox tenant starts. Every property has a working default.</summary>
public sealed class SandboxOptions
{
    /// <summary>The tenant's context identifier.</summary>
    public string ContextIdentifier { get; set; } = "Cust12345";

    /// <summary>The loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The tenant state at start (a state name of the tenant status API, e.g. Running, Suspended).</summary>
    public string TenantState { get; set; } = "Running";

    /// <summary>A JSON file that holds the tenant's data across restarts; null keeps everything in memory.</summary>
    public string? StateFile { get; set; }

    /// <summary>Whether the SCIM gateway offers the /Bulk endpoint.</summary>
    public bool ScimBulkEnabled { get; set; }

    /// <summary>Starts with the groups the SCIM rules name (empty), as in a gateway whose rules were set up against them.</summary>
    public bool ScimCreateRuleGroups { get; set; }

    /// <summary>The most resources a SCIM filter query returns in one page.</summary>
    public int ScimFilterMaxResults { get; set; } = 200;

    /// <summary>How the SCIM gateway pages listings: honestly, or as a paging-dishonest server does.</summary>
    public ScimPaging ScimPaging { get; set; } = ScimPaging.Honest;

    /// <summary>The most resources a SCIM page holds whatever count asks, below the advertised maxResults; null: no such cap.</summary>
    public int? ScimCountCap { get; set; }

    /// <summary>The only comparison operators SCIM filters may use; null allows every one.</summary>
    public List<string>? ScimFilterOperators { get; set; }

    /// <summary>SCIM userName is unique only as written (filters still ignore case), as some servers have it.</summary>
    public bool ScimCaseSensitiveUserNames { get; set; }

    /// <summary>Whether the SCIM gateway offers RFC 9865 cursor pagination.</summary>
    public bool ScimCursorPaging { get; set; }

    /// <summary>Whether SCIM filters may use <c>or</c> (a server that refuses them: false).</summary>
    public bool ScimOrFilters { get; set; } = true;

    /// <summary>The only attributes a SCIM Groups filter may name; null allows every one.</summary>
    public List<string>? ScimGroupFilterAttributes { get; set; }

    /// <summary>SCIM PATCH answers 204 with no body.</summary>
    public bool ScimPatchNoContent { get; set; }

    /// <summary>SCIM DELETE of an id that does not exist answers 204.</summary>
    public bool ScimDeleteMissingNoContent { get; set; }

    /// <summary>SCIM errors come as application/problem+json with a numeric status and no scimType.</summary>
    public bool ScimProblemJsonErrors { get; set; }

    /// <summary>
    /// The SCIM gateway's rules (set in the gateway UI in SuperOffice), run in list order; by default one covering every
    /// user and setting nothing. Only users an active rule covers reach SuperOffice.
    /// </summary>
    public List<ScimRule> ScimRules { get; set; } = [ScimRule.AllUsers()];

    /// <summary>The gateway's "User sync active"; off, no SCIM user reaches SuperOffice.</summary>
    public bool ScimUserSyncActive { get; set; } = true;

    /// <summary>Faults injected from the start; they can be changed while the sandbox runs.</summary>
    public FaultOptions Faults { get; set; } = new();

    /// <summary>The user name of the tenant administrator who consents in SuperID and owns the ready access token.</summary>
    public string AdminUserName { get; set; } = "admin@sandbox.example";

    /// <summary>Seed of the fault generator; null draws one (shown in <see cref="SandboxDetails.Seed"/>).</summary>
    public int? Seed { get; set; }

    /// <summary>The application's client id; null generates one.</summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// The application's registered redirect URIs (http://127.0.0.1:{port}/{path}, native-apps.md); SuperID accepts only
    /// these, exactly. By default one on a free loopback port.
    /// </summary>
    public List<string>? RedirectUris { get; set; }

    /// <summary>The application's client secret (application token); null generates one.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The SCIM gateway's secret token; null generates one.</summary>
    public string? ScimToken { get; set; }

    /// <summary>The key the admin endpoint requires in X-Sandbox-Admin-Key; null generates one.</summary>
    public string? AdminKey { get; set; }

    /// <summary>Write the host's warnings and errors to the console.</summary>
    public bool ConsoleLogging { get; set; }

    /// <summary>
    /// The options of <paramref name="count"/> tenants made from these: Cust10001, Cust10002, …, each a copy with its
    /// own context identifier, seed (this seed plus its position), SCIM token, admin key and state file (none, or this
    /// one's name with the tenant's before the extension).
    /// </summary>
    public IReadOnlyList<SandboxOptions> ForTenants(int count, int firstNumber = 10001)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var json = System.Text.Json.JsonSerializer.Serialize(this, Json.SandboxJson.Options);
        return Enumerable.Range(0, count).Select(i =>
        {
            var tenant = System.Text.Json.JsonSerializer.Deserialize<SandboxOptions>(json, Json.SandboxJson.Options)!;
            tenant.ContextIdentifier = "Cust" + (firstNumber + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            tenant.Seed = Seed is { } seed ? seed + i : null;
            tenant.ScimToken = null;
            tenant.AdminKey = null;
            tenant.StateFile = StateFile is null ? null
                : Path.Combine(Path.GetDirectoryName(StateFile) ?? string.Empty, $"{Path.GetFileNameWithoutExtension(StateFile)}.{tenant.ContextIdentifier}{Path.GetExtension(StateFile)}");
            return tenant;
        }).ToList();
    }
}

using System.Management.Automation;
using SuperOfficeProvisioning.Sandbox;
using SuperOfficeProvisioning.Sandbox.Scim;

namespace SuperOfficeProvisioning.SandboxTools.SandboxControl.Cmdlets;

/// <summary>
/// Starts a local SuperOffice sandbox tenant (SuperID, tenant status, WebAPI, SCIM gateway) on a free loopback port,
/// makes it the session's sandbox and returns what a script needs to connect to it.
/// </summary>
[Cmdlet(VerbsLifecycle.Start, "SoSandbox")]
[OutputType(typeof(SandboxInfo))]
public sealed class StartSoSandboxCommand : PSCmdlet
{
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string ContextIdentifier { get; set; } = "Cust12345";

    /// <summary>The loopback port; by default a free one.</summary>
    [Parameter]
    [ValidateRange(0, 65535)]
    public int Port { get; set; }

    /// <summary>Serves this many tenants (Cust10001, Cust10002, …) from one host behind one SuperID, each with its own data and secrets.</summary>
    [Parameter]
    [ValidateRange(1, 1000)]
    public int TenantCount { get; set; } = 1;

    /// <summary>The state the tenant status API reports at start.</summary>
    [Parameter]
    [ValidateSet("Unknown", "Provisioning", "Running", "Deleted", "Suspended", "OnlineMaintenance", "OfflineMaintenance",
        "ProvisioningFailed", "Deleting", "DeleteFailed", "MigrationPending")]
    public string TenantState { get; set; } = "Running";

    /// <summary>The SCIM rules file; by default examples/data/scim-rules.json.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? RulesPath { get; set; }

    /// <summary>Starts the SCIM gateway without rules: as in SuperOffice, its users then never reach SuperOffice.</summary>
    [Parameter]
    public SwitchParameter NoScimRules { get; set; }

    /// <summary>The gateway's "User sync active" off: SCIM users are held, none reaches SuperOffice.</summary>
    [Parameter]
    public SwitchParameter ScimUserSyncOff { get; set; }

    /// <summary>Offers SCIM /Bulk.</summary>
    [Parameter]
    public SwitchParameter ScimBulk { get; set; }

    /// <summary>How the SCIM gateway pages listings: Honest, or as a paging-dishonest server does.</summary>
    [Parameter]
    [ValidateSet(nameof(Sandbox.Scim.ScimPaging.Honest), nameof(Sandbox.Scim.ScimPaging.IgnoresStartIndexAndCount), nameof(Sandbox.Scim.ScimPaging.TotalIsReturnedCount))]
    public string ScimPaging { get; set; } = nameof(Sandbox.Scim.ScimPaging.Honest);

    /// <summary>The most users or groups a SCIM page holds whatever count asks, below the advertised maxResults.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int ScimCountCap { get; set; }

    /// <summary>Offers RFC 9865 cursor pagination.</summary>
    [Parameter]
    public SwitchParameter ScimCursorPaging { get; set; }

    /// <summary>Refuses <c>or</c> in SCIM filters, as some servers do.</summary>
    [Parameter]
    public SwitchParameter ScimNoOrFilters { get; set; }

    /// <summary>The only attributes a SCIM Groups filter may name, as some servers allow only displayName.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? ScimGroupFilterAttributes { get; set; }

    /// <summary>The only comparison operators a SCIM filter may use, as some servers allow only eq.</summary>
    [Parameter]
    [ValidateSet("eq", "ne", "co", "sw", "ew", "pr", "gt", "ge", "lt", "le")]
    public string[]? ScimFilterOperators { get; set; }

    /// <summary>SCIM userName unique only as written, while filters ignore case.</summary>
    [Parameter]
    public SwitchParameter ScimCaseSensitiveUserNames { get; set; }

    /// <summary>SCIM PATCH answers 204 with no body.</summary>
    [Parameter]
    public SwitchParameter ScimPatchNoContent { get; set; }

    /// <summary>SCIM DELETE of an id that does not exist answers 204.</summary>
    [Parameter]
    public SwitchParameter ScimDeleteMissingNoContent { get; set; }

    /// <summary>SCIM errors as application/problem+json with a numeric status and no scimType.</summary>
    [Parameter]
    public SwitchParameter ScimProblemJsonErrors { get; set; }

    /// <summary>Latency added to every request, in milliseconds.</summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int LatencyMs { get; set; }

    /// <summary>Requests per second admitted before 429 answers; 0 means no limit.</summary>
    [Parameter]
    [ValidateRange(0d, double.MaxValue)]
    public double RateLimitPerSecond { get; set; }

    /// <summary>The seed of the fault generator; by default a drawn one, shown in the output.</summary>
    [Parameter]
    public int Seed { get; set; }

    /// <summary>A JSON file that keeps the tenant's data across restarts; by default the data lives in memory.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? StateFile { get; set; }

    /// <summary>The tenant administrator's user name.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? AdminUserName { get; set; }

    protected override void EndProcessing()
    {
        if (SandboxSession.Active is not null)
        {
            throw this.Terminate(new ErrorRecord(
                new InvalidOperationException("A sandbox is already running in this session; stop it with Stop-SoSandbox first."),
                "SandboxAlreadyRunning",
                ErrorCategory.ResourceExists,
                SandboxSession.Active.Info));
        }

        var options = BuildOptions();
        SandboxSession session;
        try
        {
            // Demo tooling: blocking on the start-up keeps the cmdlet simple; it takes well under a second.
            session = MyInvocation.BoundParameters.ContainsKey(nameof(TenantCount))
                ? SandboxSession.Begin(SandboxHost.StartTenantsAsync(options.ForTenants(TenantCount)).GetAwaiter().GetResult(), FaultOptionsEditor.Copy(options.Faults))
                : SandboxSession.Begin(SandboxHost.StartAsync(options).GetAwaiter().GetResult(), FaultOptionsEditor.Copy(options.Faults));
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or InvalidOperationException)
        {
            throw this.Terminate(new ErrorRecord(ex, "SandboxStartFailed", ErrorCategory.OpenError, options.ContextIdentifier));
        }

        WriteObject(SandboxOutput.Stamp(session.Info, SandboxInfo.TypeName));
    }

    private SandboxOptions BuildOptions()
    {
        var options = new SandboxOptions
        {
            ContextIdentifier = ContextIdentifier,
            Port = Port,
            TenantState = TenantState,
            ScimBulkEnabled = ScimBulk,
            ScimPaging = Enum.Parse<Sandbox.Scim.ScimPaging>(ScimPaging, ignoreCase: true),
            ScimCursorPaging = ScimCursorPaging,
            ScimCountCap = MyInvocation.BoundParameters.ContainsKey(nameof(ScimCountCap)) ? ScimCountCap : null,
            ScimFilterOperators = ScimFilterOperators is null ? null : [.. ScimFilterOperators],
            ScimCaseSensitiveUserNames = ScimCaseSensitiveUserNames,
            ScimUserSyncActive = !ScimUserSyncOff,
            ScimOrFilters = !ScimNoOrFilters,
            ScimPatchNoContent = ScimPatchNoContent,
            ScimDeleteMissingNoContent = ScimDeleteMissingNoContent,
            ScimProblemJsonErrors = ScimProblemJsonErrors,
            ScimGroupFilterAttributes = ScimGroupFilterAttributes is null ? null : [.. ScimGroupFilterAttributes],
            ScimCreateRuleGroups = true,
            ScimRules = LoadRules(),
            Faults = new FaultOptions { LatencyMs = LatencyMs, RateLimitPerSecond = RateLimitPerSecond },
        };
        if (MyInvocation.BoundParameters.ContainsKey(nameof(Seed)))
        {
            options.Seed = Seed;
        }

        if (StateFile is not null)
        {
            options.StateFile = SessionState.Path.GetUnresolvedProviderPathFromPSPath(StateFile);
        }

        if (AdminUserName is not null)
        {
            options.AdminUserName = AdminUserName;
        }

        return options;
    }

    private List<ScimRule> LoadRules()
    {
        if (NoScimRules)
        {
            return [];
        }

        var path = RulesPath is null
            ? ExampleFiles.Find(ExampleFiles.ScimRulesFile)
            : SessionState.Path.GetUnresolvedProviderPathFromPSPath(RulesPath);
        if (path is null)
        {
            WriteWarning($"'{ExampleFiles.ScimRulesFile}' was not found; the sandbox starts without SCIM rules.");
            return [];
        }

        try
        {
            return ScimRulesFile.Load(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw this.Terminate(new ErrorRecord(ex, "ScimRulesUnreadable", ErrorCategory.InvalidData, path));
        }
    }
}

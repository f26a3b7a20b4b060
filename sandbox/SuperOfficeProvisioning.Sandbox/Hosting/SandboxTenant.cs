using SuperOfficeProvisioning.Sandbox.Faults;
using SuperOfficeProvisioning.Sandbox.Scim;
using SuperOfficeProvisioning.Sandbox.State;
using SuperOfficeProvisioning.Sandbox.Stats;
using SuperOfficeProvisioning.Sandbox.SuperId;
using SuperOfficeProvisioning.Sandbox.Tenant;
using SuperOfficeProvisioning.Sandbox.WebApi.ForeignApps;
using SuperOfficeProvisioning.Sandbox.WebApi.Lists;
using SuperOfficeProvisioning.Sandbox.WebApi.Users;
using SuperOfficeProvisioning.Sandbox.WebApi.WebPanels;

namespace SuperOfficeProvisioning.Sandbox.Hosting;

/// <summary>The parts of one sandbox tenant, built from its options; the endpoints receive them as services.</summary>
internal sealed class SandboxTenant : IAsyncDisposable
{
    private readonly bool _ownsSharedParts;

    /// <param name="shared">The application and SuperID signing key of a host that serves several tenants; null for a tenant of its own.</param>
    public SandboxTenant(SandboxOptions options, SharedSandboxParts? shared = null)
    {
        var time = TimeProvider.System;
        Seed = options.Seed ?? Random.Shared.Next();
        AdminKey = options.AdminKey ?? RandomTokens.Hex(16);
        ScimToken = options.ScimToken ?? RandomTokens.Base64Url(32);
        Addresses = new SandboxAddresses(options.ContextIdentifier);
        Status = new TenantStatus(options.TenantState);
        Faults = new FaultInjector(options.Faults, Seed, time);
        Scim = new ScimGateway(new ScimGatewayOptions
        {
            SecretToken = ScimToken,
            BulkEnabled = options.ScimBulkEnabled,
            CreateRuleGroups = options.ScimCreateRuleGroups,
            FilterMaxResults = options.ScimFilterMaxResults,
            Paging = options.ScimPaging,
            CountCap = options.ScimCountCap,
            CursorPaging = options.ScimCursorPaging,
            FilterOperators = options.ScimFilterOperators,
            CaseSensitiveUserNames = options.ScimCaseSensitiveUserNames,
            OrFilters = options.ScimOrFilters,
            GroupFilterAttributes = options.ScimGroupFilterAttributes,
            PatchNoContent = options.ScimPatchNoContent,
            DeleteMissingNoContent = options.ScimDeleteMissingNoContent,
            ProblemJsonErrors = options.ScimProblemJsonErrors,
            Rules = options.ScimRules,
            UserSyncActive = options.ScimUserSyncActive,
        });

        // Last of the parts that validate options: it writes the key file, which only DisposeAsync removes.
        _ownsSharedParts = shared is null;
        Application = shared?.Application ?? new SandboxApplication(options);
        SigningKey = shared?.SigningKey ?? new SigningKey();
        Administrator = new TenantAdministrator(options.AdminUserName);
        Credentials = new CredentialStore(options.ContextIdentifier, time);
        Claims = new SuperIdClaims(SigningKey, Addresses, Consent, Administrator);
        Lists = new ListStore(time);
        WebPanels = new WebPanelStore(time);
        TaskMenus = new WebApi.TaskMenus.TaskMenuStore(time);
        ForeignApps = new ForeignAppStore(time);
        UserSource = new ScimGatewayUsers(Scim);
        Users = new UserArchive(UserSource, Administrator);
        Persistence = new StatePersistence(options.StateFile, [Lists, WebPanels, TaskMenus, ForeignApps, new ScimGatewayState(Scim)]);
    }

    public int Seed { get; }

    public string AdminKey { get; }

    public string ScimToken { get; }

    public SandboxAddresses Addresses { get; }

    public TenantStatus Status { get; }

    public FaultInjector Faults { get; }

    public StatsCollector Stats { get; } = new();

    public SandboxApplication Application { get; }

    public SigningKey SigningKey { get; }

    public SystemUserConsent Consent { get; } = new();

    public TenantAdministrator Administrator { get; }

    public CredentialStore Credentials { get; }

    public SuperIdClaims Claims { get; }

    public ListStore Lists { get; }

    public WebPanelStore WebPanels { get; }

    public WebApi.TaskMenus.TaskMenuStore TaskMenus { get; }

    /// <summary>Foreign apps, devices and keys: where an application records what it created.</summary>
    public ForeignAppStore ForeignApps { get; }

    /// <summary>The SCIM gateway; it marks its own writes, so the state file hears of them like any other.</summary>
    public ScimGateway Scim { get; }

    public ISuperOfficeUserSource UserSource { get; }

    public UserArchive Users { get; }

    public StatePersistence Persistence { get; }

    public void Register(IServiceCollection services)
    {
        services.AddSingleton(Addresses).AddSingleton(Status).AddSingleton(Faults).AddSingleton(Stats)
            .AddSingleton(Application).AddSingleton(Consent).AddSingleton(SigningKey).AddSingleton(Administrator).AddSingleton(Credentials)
            .AddSingleton(Claims).AddSingleton(Lists).AddSingleton(WebPanels).AddSingleton(TaskMenus).AddSingleton(ForeignApps).AddSingleton(Users)
            .AddSingleton(Persistence);
    }

    public async ValueTask DisposeAsync()
    {
        await Persistence.DisposeAsync();
        if (_ownsSharedParts)
        {
            Application.Dispose();
            SigningKey.Dispose();
        }
    }
}

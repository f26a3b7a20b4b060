namespace SuperOfficeProvisioning.Sandbox.Tenant;

/// <summary>The tenant's functional state, as the public tenant status API names it.</summary>
internal sealed class TenantStatus
{
    /// <summary>The state names of SuperOffice's tenant status API.</summary>
    public static readonly IReadOnlyList<string> StateNames =
    [
        "Unknown", "Provisioning", "Running", "Deleted", "Suspended", "OnlineMaintenance", "OfflineMaintenance",
        "ProvisioningFailed", "Deleting", "DeleteFailed", "MigrationPending",
    ];

    // States a client should wait out rather than give up on; they get a Retry-After on the 503.
    private static readonly HashSet<string> TransientStates =
        new(["Provisioning", "OfflineMaintenance", "MigrationPending"], StringComparer.Ordinal);

    private volatile string _state;

    public TenantStatus(string initialState) => _state = Normalize(initialState);

    public string State => _state;

    public bool IsRunning => IsRunningState(_state);

    public bool IsTransient => TransientStates.Contains(_state);

    public void Set(string state) => _state = Normalize(state);

    /// <summary>IsRunning is true for Running and OnlineMaintenance only.</summary>
    public static bool IsRunningState(string state) => state is "Running" or "OnlineMaintenance";

    /// <summary>The canonical spelling of a state name; throws for a name the status API does not know.</summary>
    public static string Normalize(string state) =>
        StateNames.FirstOrDefault(name => string.Equals(name, state?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException(
            $"Unknown tenant state '{state}'. Known states: {string.Join(", ", StateNames)}.", nameof(state));
}

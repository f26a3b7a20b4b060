namespace SuperOfficeProvisioning.Sandbox.Hosting;

/// <summary>
/// The sandbox's command-line switches. Keys under <see cref="Options"/> are property paths that bind onto a
/// <see cref="SandboxOptions"/>; the command line reads the other keys itself.
/// </summary>
internal static class SandboxSwitches
{
    public const string Options = "Options";
    public const string ConfigFile = "ConfigFile";
    public const string DetailsFile = "DetailsFile";
    public const string TenantCount = "TenantCount";
    public const string TenantsFile = "TenantsFile";
    public const string ScimFilterOperators = "ScimFilterOperators";
    public const string ScimGroupFilterAttributes = "ScimGroupFilterAttributes";

    public static readonly IReadOnlyList<CommandLineSwitch> All =
    [
        Text("--config", ConfigFile),
        Text("--details-file", DetailsFile),
        new("--tenants", TenantCount, typeof(int)),
        Text("--tenants-file", TenantsFile),
        Option("--port", nameof(SandboxOptions.Port)),
        Option("--context", nameof(SandboxOptions.ContextIdentifier)),
        Option("--tenant-state", nameof(SandboxOptions.TenantState)),
        Option("--state", nameof(SandboxOptions.StateFile)),
        Option("--admin-user", nameof(SandboxOptions.AdminUserName)),
        Option("--client-id", nameof(SandboxOptions.ClientId)),
        Option("--client-secret", nameof(SandboxOptions.ClientSecret)),
        Option("--scim-token", nameof(SandboxOptions.ScimToken)),
        Option("--admin-key", nameof(SandboxOptions.AdminKey)),
        Option("--scim-filter-max", nameof(SandboxOptions.ScimFilterMaxResults)),
        Option("--scim-paging", nameof(SandboxOptions.ScimPaging)),
        Option("--scim-count-cap", nameof(SandboxOptions.ScimCountCap)),
        Text("--scim-filter-operators", ScimFilterOperators),
        Text("--scim-group-filter", ScimGroupFilterAttributes),
        Option("--seed", nameof(SandboxOptions.Seed)),
        Fault("--latency-ms", nameof(FaultOptions.LatencyMs)),
        Fault("--latency-max-ms", nameof(FaultOptions.LatencyMaxMs)),
        Fault("--rate-limit", nameof(FaultOptions.RateLimitPerSecond)),
        Fault("--unavailable-rate", nameof(FaultOptions.ServiceUnavailableRate)),
        Fault("--drop-rate", nameof(FaultOptions.DropConnectionRate)),
        Fault("--lost-response-rate", nameof(FaultOptions.LostResponseRate)),
        Flag("--scim-bulk", nameof(SandboxOptions.ScimBulkEnabled), true),
        Flag("--scim-cursor-paging", nameof(SandboxOptions.ScimCursorPaging), true),
        Flag("--scim-case-sensitive-usernames", nameof(SandboxOptions.ScimCaseSensitiveUserNames), true),
        Flag("--scim-user-sync-off", nameof(SandboxOptions.ScimUserSyncActive), false),
        Flag("--scim-no-or", nameof(SandboxOptions.ScimOrFilters), false),
        Flag("--scim-patch-204", nameof(SandboxOptions.ScimPatchNoContent), true),
        Flag("--scim-delete-missing-204", nameof(SandboxOptions.ScimDeleteMissingNoContent), true),
        Flag("--scim-problem-json", nameof(SandboxOptions.ScimProblemJsonErrors), true),
        Flag("--verbose", nameof(SandboxOptions.ConsoleLogging), true),
    ];

    private static readonly Dictionary<string, CommandLineSwitch> ByName = All.ToDictionary(option => option.Name, StringComparer.Ordinal);

    /// <summary>Switch names to configuration keys, as the command-line configuration provider takes them.</summary>
    public static Dictionary<string, string> Mappings() => All.ToDictionary(option => option.Name, option => option.Key);

    /// <summary>
    /// The arguments as the command-line configuration provider should read them: each switch followed by its value,
    /// a flag by the value it stands for. Left to itself the provider would turn a mistyped switch into a key nobody
    /// reads, ignore stray arguments and a last switch without a value, and take whatever follows a flag as the flag's
    /// value; here each of those is an <see cref="ArgumentException"/>. Switch names are matched exactly.
    /// </summary>
    public static string[] WithValues(IReadOnlyList<string> args)
    {
        var normalized = new List<string>();
        for (var index = 0; index < args.Count; index++)
        {
            var name = args[index];
            if (!ByName.TryGetValue(name, out var option))
            {
                throw new ArgumentException(name.StartsWith("--", StringComparison.Ordinal)
                    ? $"Unknown option '{name}'."
                    : $"Unexpected argument '{name}'.");
            }

            var value = option.FlagValue
                ?? (index + 1 < args.Count ? args[++index] : throw new ArgumentException($"Option '{name}' needs a value."));
            normalized.Add(name);
            normalized.Add(value);
        }

        return [.. normalized];
    }

    private static CommandLineSwitch Text(string name, string key) => new(name, key, typeof(string));

    private static CommandLineSwitch Option(string name, string property) =>
        new(name, $"{Options}:{property}", typeof(SandboxOptions).GetProperty(property)!.PropertyType);

    private static CommandLineSwitch Fault(string name, string property) =>
        new(name, $"{Options}:{nameof(SandboxOptions.Faults)}:{property}", typeof(FaultOptions).GetProperty(property)!.PropertyType);

    private static CommandLineSwitch Flag(string name, string property, bool value) =>
        Option(name, property) with { FlagValue = value ? "true" : "false" };
}

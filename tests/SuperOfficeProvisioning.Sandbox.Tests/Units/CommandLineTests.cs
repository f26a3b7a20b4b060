using SuperOfficeProvisioning.Sandbox.Hosting;
using SuperOfficeProvisioning.Sandbox.Scim;

namespace SuperOfficeProvisioning.Sandbox.Tests.Units;

public sealed class CommandLineTests : IDisposable
{
    private readonly string _config = Path.Combine(Path.GetTempPath(), $"sandbox-config-{Guid.NewGuid():N}.json");

    [Fact]
    public void Switches_set_the_options()
    {
        var (options, detailsFile) = SandboxCommandLine.Parse(
        [
            "--port", "5099", "--context", "Cust777", "--state", "tenant.json", "--latency-ms", "20", "--seed", "9",
            "--scim-bulk", "--rate-limit", "12.5", "--tenant-state", "Suspended", "--details-file", "details.json",
        ]);

        Assert.Equal(5099, options.Port);
        Assert.Equal("Cust777", options.ContextIdentifier);
        Assert.Equal("tenant.json", options.StateFile);
        Assert.Equal(20, options.Faults.LatencyMs);
        Assert.Equal(9, options.Seed);
        Assert.True(options.ScimBulkEnabled);
        Assert.Equal(12.5, options.Faults.RateLimitPerSecond);
        Assert.Equal("Suspended", options.TenantState);
        Assert.Equal("details.json", detailsFile);
    }

    [Fact]
    public void Tenants_makes_that_many_tenants_from_the_options_each_with_its_own_name_and_seed()
    {
        var command = SandboxCommandLine.ParseCommand(["--tenants", "3", "--seed", "40", "--latency-ms", "7"]);

        Assert.Equal(new[] { "Cust10001", "Cust10002", "Cust10003" }, command.Tenants!.Select(t => t.ContextIdentifier));
        Assert.Equal(new int?[] { 40, 41, 42 }, command.Tenants!.Select(t => t.Seed));
        Assert.All(command.Tenants!, tenant => Assert.Equal(7, tenant.Faults.LatencyMs));
        Assert.Null(SandboxCommandLine.ParseCommand(["--seed", "40"]).Tenants);
    }

    [Fact]
    public void A_tenants_file_names_each_tenant_and_cannot_be_given_with_a_count()
    {
        File.WriteAllText(_config, """[ { "ContextIdentifier": "Cust501" }, { "ContextIdentifier": "Cust502", "TenantState": "Suspended" } ]""");

        var command = SandboxCommandLine.ParseCommand(["--tenants-file", _config]);
        var both = Record.Exception(() => SandboxCommandLine.ParseCommand(["--tenants-file", _config, "--tenants", "2"]));
        var none = Record.Exception(() => SandboxCommandLine.ParseCommand(["--tenants", "0"]));

        Assert.Equal(new[] { "Running", "Suspended" }, command.Tenants!.Select(t => t.TenantState));
        Assert.Contains("not both", Assert.IsType<ArgumentException>(both).Message);
        Assert.Contains("1 to 1000", Assert.IsType<ArgumentException>(none).Message);
    }

    [Fact]
    public void A_config_file_gives_the_defaults_and_switches_override_it()
    {
        File.WriteAllText(_config, """
            {
              "ContextIdentifier": "Cust4242",
              "Seed": 3,
              "Faults": { "ServiceUnavailableRate": 0.1, "RouteLatencies": [ { "Route": "/login", "MinMs": 5 } ] },
              "ScimRules": [ { "AppliesTo": "UsersInGroup", "Group": "Sales", "Role": { "Value": "Sales", "Mode": "Always" } } ]
            }
            """);

        var (options, _) = SandboxCommandLine.Parse(["--config", _config, "--seed", "11"]);

        Assert.Equal("Cust4242", options.ContextIdentifier);
        Assert.Equal(11, options.Seed);
        Assert.Equal(0.1, options.Faults.ServiceUnavailableRate);
        Assert.Equal("/login", Assert.Single(options.Faults.RouteLatencies).Route);
        Assert.Equal("Sales", Assert.Single(options.ScimRules).Group);
    }

    [Theory]
    [InlineData("--port")]
    [InlineData("--port", "many")]
    [InlineData("--unknown", "1")]
    [InlineData("stray")]
    [InlineData("--drop-rate", "3")]
    public void Bad_command_lines_are_refused(params string[] args)
    {
        var refusal = Record.Exception(() => SandboxCommandLine.Parse(args));

        Assert.True(refusal is ArgumentException or FormatException, $"Unexpected: {refusal}");
    }

    [Fact]
    public void Flags_take_no_value_and_lists_are_comma_separated()
    {
        var (options, detailsFile) = SandboxCommandLine.Parse(
        [
            "--scim-user-sync-off", "--scim-no-or", "--verbose", "--scim-filter-operators", "eq, ne", "--scim-cursor-paging",
            "--scim-group-filter", "displayName", "--scim-paging", "totalIsReturnedCount", "--scim-count-cap", "50",
        ]);

        Assert.False(options.ScimUserSyncActive);
        Assert.False(options.ScimOrFilters);
        Assert.True(options.ConsoleLogging);
        Assert.True(options.ScimCursorPaging);
        Assert.False(options.ScimBulkEnabled);
        Assert.Equal(["eq", "ne"], options.ScimFilterOperators);
        Assert.Equal(["displayName"], options.ScimGroupFilterAttributes);
        Assert.Equal(ScimPaging.TotalIsReturnedCount, options.ScimPaging);
        Assert.Equal(50, options.ScimCountCap);
        Assert.Null(detailsFile);
    }

    [Fact]
    public void Switches_replace_the_config_files_lists_and_leave_its_other_faults()
    {
        File.WriteAllText(_config, """{ "ScimFilterOperators": ["pr"], "Faults": { "LostResponseRate": 0.2 } }""");

        var (options, _) = SandboxCommandLine.Parse(["--config", _config, "--scim-filter-operators", "eq", "--latency-ms", "5"]);

        Assert.Equal(["eq"], options.ScimFilterOperators);
        Assert.Equal(0.2, options.Faults.LostResponseRate);
        Assert.Equal(5, options.Faults.LatencyMs);
    }

    [Theory]
    [InlineData("Unknown option '--prot'.", "--prot", "5")]
    [InlineData("Unknown option '--PORT'.", "--PORT", "5")]
    [InlineData("Unknown option '--port=5'.", "--port=5")]
    [InlineData("Unknown option '--scim-bulk-enabled'.", "--scim-bulk", "--scim-bulk-enabled")]
    [InlineData("Unexpected argument 'true'.", "--scim-bulk", "true")]
    [InlineData("Option '--seed' needs a value.", "--port", "1", "--seed")]
    public void A_typo_or_a_missing_value_is_refused_by_name(string message, params string[] args)
    {
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => SandboxCommandLine.Parse(args)).Message);
    }

    [Theory]
    [InlineData("--port needs a whole number, not 'many'.", "--port", "many")]
    [InlineData("--seed needs a whole number, not ''.", "--seed", "")]
    [InlineData("--latency-max-ms needs a whole number, not '1.5'.", "--latency-max-ms", "1.5")]
    [InlineData("--rate-limit needs a number, not '12,5'.", "--rate-limit", "12,5")]
    [InlineData("--scim-paging needs one of Honest, IgnoresStartIndexAndCount, TotalIsReturnedCount, not 'Sometimes'.", "--scim-paging", "Sometimes")]
    [InlineData("--scim-paging needs one of Honest, IgnoresStartIndexAndCount, TotalIsReturnedCount, not '7'.", "--scim-paging", "7")]
    public void A_bad_value_is_refused_naming_its_switch(string message, params string[] args)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => SandboxCommandLine.Parse(args)).Message);
    }

    public void Dispose() => File.Delete(_config);
}

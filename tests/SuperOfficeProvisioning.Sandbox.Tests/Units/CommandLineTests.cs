using SuperOfficeProvisioning.Sandbox.Hosting;

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

    public void Dispose() => File.Delete(_config);
}

using System.Globalization;
using System.Text.Json.Serialization;

namespace SuperOfficeProvisioning.Bench;

/// <summary>The benchmark's command line.</summary>
public sealed record BenchOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench -- [options]
          --users <n>            users of scenarios 1, 2, 3, 5 and --chaos (default 10000)
          --big <n>              members of scenario 4 (default 100000)
          --latency-ms <n>       sandbox latency per request (default 50)
          --baseline-sample <n>  users the naive baseline runs on before extrapolating (default 300)
          --scenarios <list>     which scenarios to run, e.g. 1,2,6 (default: 1 to 8)
          --tenants <n>          tenants of scenario 8 (default 200)
          --tenant-sample <n>    tenants the naive one-after-another loop of scenario 8 runs on (default 20)
          --seed <n>             seed of the generated directory and of the sandbox's faults (default 7)
          --import-samples <n>   fresh processes timed for scenario 6 (default 5)
          --throttle-limit <n>   pass -ThrottleLimit to the cmdlets (default: theirs; 64 tenants at once in scenario 8)
          --chaos                run the fault scenario (10 % mixed faults); alone, it runs only that
          --quick                a smoke run in well under a minute: 300 users, 5,000 members, sample 30
          --help                 this text
        """;

    public int Users { get; init; } = 10_000;

    public int BigGroupMembers { get; init; } = 100_000;

    public int LatencyMs { get; init; } = 50;

    public int BaselineSample { get; init; } = 300;

    public IReadOnlySet<int> Scenarios { get; init; } = new HashSet<int> { 1, 2, 3, 4, 5, 6, 7, 8 };

    public int Tenants { get; init; } = 200;

    public int TenantSample { get; init; } = 20;

    public int Seed { get; init; } = 7;

    public int ImportSamples { get; init; } = 5;

    public int? ThrottleLimit { get; init; }

    public bool Chaos { get; init; }

    public bool Quick { get; init; }

    [JsonIgnore]
    public bool Help { get; init; }

    /// <summary>Parses the switches; <c>--quick</c> sets small defaults that explicit switches still override.</summary>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var quick = args.Contains("--quick", StringComparer.OrdinalIgnoreCase);
        var options = quick
            ? new BenchOptions { Quick = true, Users = 300, BigGroupMembers = 5_000, BaselineSample = 30, ImportSamples = 3, Tenants = 20, TenantSample = 5 }
            : new BenchOptions();
        var scenariosGiven = false;

        for (var index = 0; index < args.Count; index++)
        {
            var name = args[index].ToLowerInvariant();
            switch (name)
            {
                case "--quick": break;
                case "--chaos": options = options with { Chaos = true }; break;
                case "--help" or "-h" or "-?": options = options with { Help = true }; break;
                case "--users": options = options with { Users = Positive(name, Value(args, ref index)) }; break;
                case "--big": options = options with { BigGroupMembers = Positive(name, Value(args, ref index)) }; break;
                case "--latency-ms": options = options with { LatencyMs = NonNegative(name, Value(args, ref index)) }; break;
                case "--baseline-sample": options = options with { BaselineSample = Positive(name, Value(args, ref index)) }; break;
                case "--tenants": options = options with { Tenants = Positive(name, Value(args, ref index)) }; break;
                case "--tenant-sample": options = options with { TenantSample = Positive(name, Value(args, ref index)) }; break;
                case "--seed": options = options with { Seed = NonNegative(name, Value(args, ref index)) }; break;
                case "--import-samples": options = options with { ImportSamples = Positive(name, Value(args, ref index)) }; break;
                case "--throttle-limit": options = options with { ThrottleLimit = Positive(name, Value(args, ref index)) }; break;
                case "--scenarios":
                    options = options with { Scenarios = ParseScenarios(Value(args, ref index)) };
                    scenariosGiven = true;
                    break;
                default: throw new ArgumentException($"Unknown option '{args[index]}'.");
            }
        }

        if (options.Chaos && !scenariosGiven)
        {
            options = options with { Scenarios = new HashSet<int>() };
        }

        return options with { BaselineSample = Math.Min(options.BaselineSample, options.Users) };
    }

    private static HashSet<int> ParseScenarios(string list)
    {
        var numbers = new HashSet<int>();
        foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 8)
            {
                throw new ArgumentException($"--scenarios takes numbers from 1 to 8, not '{part}'.");
            }

            numbers.Add(number);
        }

        return numbers;
    }

    private static string Value(IReadOnlyList<string> args, ref int index) =>
        index + 1 < args.Count ? args[++index] : throw new ArgumentException($"Option '{args[index]}' needs a value.");

    private static int Positive(string name, string value) =>
        NonNegative(name, value) is > 0 and var number ? number : throw new ArgumentException($"{name} must be at least 1.");

    private static int NonNegative(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= 0
            ? number
            : throw new ArgumentException($"{name} needs a whole number of 0 or more, not '{value}'.");
}

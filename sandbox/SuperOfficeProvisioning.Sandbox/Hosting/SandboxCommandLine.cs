using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using SuperOfficeProvisioning.Sandbox.Json;
using SuperOfficeProvisioning.Sandbox.Scim;

namespace SuperOfficeProvisioning.Sandbox.Hosting;

/// <summary>
/// The standalone sandbox: options from <c>--config file.json</c> (a <see cref="SandboxOptions"/> object) overridden
/// by command-line switches; prints the details a script needs and serves until Ctrl+C or SIGTERM.
/// </summary>
internal static class SandboxCommandLine
{
    private const string Usage = """
        Usage: SuperOfficeProvisioning.Sandbox [options]
          --config <file.json>        options as a JSON SandboxOptions object (switches below override it)
          --port <n>                  loopback port (default: a free one)
          --context <ctx>             context identifier (default Cust12345)
          --tenant-state <state>      Running, Suspended, OfflineMaintenance, ... (default Running)
          --state <file.json>         keep the tenant's data in this file across restarts
          --admin-user <name>         the administrator who signs in (default admin@sandbox.example)
          --client-id <id>  --client-secret <secret>  --scim-token <token>  --admin-key <key>
          --scim-bulk                 offer SCIM /Bulk
          --scim-filter-max <n>       most results of a SCIM filter query (default 200)
          --scim-paging <how>         Honest, IgnoresStartIndexAndCount or TotalIsReturnedCount (default Honest)
          --scim-cursor-paging        offer RFC 9865 cursor pagination
          --scim-count-cap <n>        a page holds at most n, whatever count asks or maxResults says
          --scim-filter-operators <eq,..>  the only comparison operators a filter may use
          --scim-case-sensitive-usernames  userName unique only as written (filters ignore case)
          --scim-user-sync-off        the gateway's "User sync active" off: no user reaches SuperOffice
          --scim-no-or                refuse 'or' in filters (Users: 400, Groups: 500)
          --scim-group-filter <a,b>   the only attributes a Groups filter may name
          --scim-patch-204            SCIM PATCH answers 204 with no body
          --scim-delete-missing-204   SCIM DELETE of a missing id answers 204
          --scim-problem-json         SCIM errors as application/problem+json
          --seed <n>                  seed of the fault generator
          --latency-ms <n>            latency added to every request
          --latency-max-ms <n>        draw the latency from [latency-ms, latency-max-ms]
          --rate-limit <n>            requests per second before 429 (token bucket)
          --unavailable-rate <0..1>   share of requests answered 503
          --drop-rate <0..1>          share of connections dropped before handling
          --lost-response-rate <0..1> share of requests handled whose reply is lost
          --details-file <file.json>  also write the details as JSON to this file
          --verbose                   log the host's warnings and errors
        """;

    // Switches that take no value.
    private static readonly HashSet<string> Flags = new(["--scim-bulk", "--scim-cursor-paging", "--scim-no-or", "--scim-patch-204", "--scim-delete-missing-204", "--scim-problem-json", "--scim-case-sensitive-usernames", "--scim-user-sync-off", "--verbose"], StringComparer.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(string[] args)
    {
        SandboxOptions options;
        string? detailsFile;
        try
        {
            (options, detailsFile) = Parse(args);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or IOException or JsonException)
        {
            Console.Error.WriteLine(exception.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var stopping = new TaskCompletionSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        await using var sandbox = await SandboxHost.StartAsync(options);
        Print(sandbox.Details);
        if (detailsFile is not null)
        {
            await File.WriteAllTextAsync(detailsFile, JsonSerializer.Serialize(sandbox.Details, SandboxJson.Indented));
        }

        await stopping.Task;
        Console.WriteLine("Stopping the sandbox.");
        return 0;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stopping.TrySetResult();
        }
    }

    internal static (SandboxOptions Options, string? DetailsFile) Parse(IReadOnlyList<string> args)
    {
        var switches = ReadSwitches(args);
        var options = switches.Remove("--config", out var config)
            ? JsonSerializer.Deserialize<SandboxOptions>(File.ReadAllText(config), SandboxJson.Options)
              ?? throw new ArgumentException($"'{config}' holds no options.")
            : new SandboxOptions();
        var faults = options.Faults;
        string? detailsFile = null;

        foreach (var (name, value) in switches)
        {
            switch (name)
            {
                case "--port": options.Port = Int(name, value); break;
                case "--context": options.ContextIdentifier = value; break;
                case "--tenant-state": options.TenantState = value; break;
                case "--state": options.StateFile = value; break;
                case "--admin-user": options.AdminUserName = value; break;
                case "--client-id": options.ClientId = value; break;
                case "--client-secret": options.ClientSecret = value; break;
                case "--scim-token": options.ScimToken = value; break;
                case "--admin-key": options.AdminKey = value; break;
                case "--scim-bulk": options.ScimBulkEnabled = true; break;
                case "--scim-filter-max": options.ScimFilterMaxResults = Int(name, value); break;
                case "--scim-paging": options.ScimPaging = Enum.Parse<ScimPaging>(value, ignoreCase: true); break;
                case "--scim-cursor-paging": options.ScimCursorPaging = true; break;
                case "--scim-count-cap": options.ScimCountCap = Int(name, value); break;
                case "--scim-filter-operators": options.ScimFilterOperators = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]; break;
                case "--scim-case-sensitive-usernames": options.ScimCaseSensitiveUserNames = true; break;
                case "--scim-user-sync-off": options.ScimUserSyncActive = false; break;
                case "--scim-no-or": options.ScimOrFilters = false; break;
                case "--scim-patch-204": options.ScimPatchNoContent = true; break;
                case "--scim-delete-missing-204": options.ScimDeleteMissingNoContent = true; break;
                case "--scim-problem-json": options.ScimProblemJsonErrors = true; break;
                case "--scim-group-filter": options.ScimGroupFilterAttributes = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]; break;
                case "--seed": options.Seed = Int(name, value); break;
                case "--latency-ms": faults.LatencyMs = Int(name, value); break;
                case "--latency-max-ms": faults.LatencyMaxMs = Int(name, value); break;
                case "--rate-limit": faults.RateLimitPerSecond = Number(name, value); break;
                case "--unavailable-rate": faults.ServiceUnavailableRate = Number(name, value); break;
                case "--drop-rate": faults.DropConnectionRate = Number(name, value); break;
                case "--lost-response-rate": faults.LostResponseRate = Number(name, value); break;
                case "--details-file": detailsFile = value; break;
                case "--verbose": options.ConsoleLogging = true; break;
                default: throw new ArgumentException($"Unknown option '{name}'.");
            }
        }

        faults.Validate();
        return (options, detailsFile);
    }

    private static Dictionary<string, string> ReadSwitches(IReadOnlyList<string> args)
    {
        var switches = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < args.Count; index++)
        {
            var name = args[index];
            if (!name.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{name}'.");
            }

            if (Flags.Contains(name))
            {
                switches[name] = "true";
            }
            else if (index + 1 < args.Count)
            {
                switches[name] = args[++index];
            }
            else
            {
                throw new ArgumentException($"Option '{name}' needs a value.");
            }
        }

        return switches;
    }

    private static int Int(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"{name} needs a whole number, not '{value}'.");

    private static double Number(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"{name} needs a number, not '{value}'.");

    private static void Print(SandboxDetails details)
    {
        Console.WriteLine("SuperOffice sandbox tenant is running. Press Ctrl+C to stop.");
        foreach (var property in typeof(SandboxDetails).GetProperties())
        {
            Console.WriteLine($"  {property.Name,-22} {property.GetValue(details)}");
        }

        Console.WriteLine($"  {"RestUrl",-22} {new Uri(details.WebApiUrl, "v1/")}");
        Console.WriteLine($"  {"TenantStatusUrl",-22} {new Uri(details.BaseUri, $"api/state/{details.ContextIdentifier}")}");
        Console.WriteLine($"  {"AdminUrl",-22} {new Uri(details.BaseUri, "_sandbox/")}");
    }
}

using System.Runtime.InteropServices;
using System.Text.Json;
using SuperOfficeProvisioning.Sandbox.Json;

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
          --tenants <n>               serve n tenants (Cust10001, ...) from one host behind one SuperID, each made
                                      from the options above with its own data, tokens and seed
          --tenants-file <file.json>  serve the tenants of a JSON array of SandboxOptions objects
          --details-file <file.json>  also write the details as JSON to this file (an array for several tenants)
          --verbose                   log the host's warnings and errors
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        SandboxCommand command;
        try
        {
            command = ParseCommand(args);
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

        if (command.Tenants is { } tenants)
        {
            await using var host = await SandboxHost.StartTenantsAsync(tenants);
            Console.WriteLine($"SuperOffice sandbox with {host.Tenants.Count} tenants is running. Press Ctrl+C to stop.");
            foreach (var tenant in host.Tenants)
            {
                Print(tenant.Details);
            }

            await WriteDetailsAsync(command.DetailsFile, host.Tenants.Select(t => t.Details).ToList());
            await stopping.Task;
        }
        else
        {
            await using var sandbox = await SandboxHost.StartAsync(command.Options);
            Console.WriteLine("SuperOffice sandbox tenant is running. Press Ctrl+C to stop.");
            Print(sandbox.Details);
            await WriteDetailsAsync(command.DetailsFile, sandbox.Details);
            await stopping.Task;
        }

        Console.WriteLine("Stopping the sandbox.");
        return 0;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stopping.TrySetResult();
        }
    }

    /// <summary>
    /// Reads the switches through the configuration binder onto the config file's options (or the defaults). Unknown
    /// switches, stray arguments and missing values are <see cref="ArgumentException"/>s, values of the wrong type
    /// <see cref="FormatException"/>s naming the switch.
    /// </summary>
    internal static (SandboxOptions Options, string? DetailsFile) Parse(IReadOnlyList<string> args)
    {
        var command = ParseCommand(args);
        return (command.Options, command.DetailsFile);
    }

    /// <summary>As <see cref="Parse"/>, with the tenants of <c>--tenants</c> or <c>--tenants-file</c> (null for a sandbox of one tenant).</summary>
    internal static SandboxCommand ParseCommand(IReadOnlyList<string> args)
    {
        var commandLine = new ConfigurationBuilder()
            .AddCommandLine(SandboxSwitches.WithValues(args), SandboxSwitches.Mappings())
            .Build();
        var options = commandLine[SandboxSwitches.ConfigFile] is { } configFile
            ? JsonSerializer.Deserialize<SandboxOptions>(File.ReadAllText(configFile), SandboxJson.Options)
              ?? throw new ArgumentException($"'{configFile}' holds no options.")
            : new SandboxOptions();

        RequireConvertibleValues(commandLine);
        commandLine.GetSection(SandboxSwitches.Options).Bind(options);

        // Lists come comma-separated, which the binder does not split; they replace a list the config file holds.
        if (commandLine[SandboxSwitches.ScimFilterOperators] is { } operators)
        {
            options.ScimFilterOperators = SplitList(operators);
        }

        if (commandLine[SandboxSwitches.ScimGroupFilterAttributes] is { } attributes)
        {
            options.ScimGroupFilterAttributes = SplitList(attributes);
        }

        options.Faults.Validate();
        return new SandboxCommand(options, commandLine[SandboxSwitches.DetailsFile], TenantsOf(commandLine, options));
    }

    private static IReadOnlyList<SandboxOptions>? TenantsOf(IConfiguration commandLine, SandboxOptions options)
    {
        var file = commandLine[SandboxSwitches.TenantsFile];
        var count = commandLine.GetValue<int?>(SandboxSwitches.TenantCount);
        if (file is not null && count is not null)
        {
            throw new ArgumentException("Give --tenants or --tenants-file, not both.");
        }

        if (file is not null)
        {
            var tenants = JsonSerializer.Deserialize<List<SandboxOptions>>(File.ReadAllText(file), SandboxJson.Options);
            return tenants is { Count: > 0 } ? tenants : throw new ArgumentException($"'{file}' names no tenant: it must hold a JSON array of options.");
        }

        return count switch
        {
            null => null,
            < 1 or > 1000 => throw new ArgumentException("--tenants must be from 1 to 1000."),
            _ => options.ForTenants(count.Value),
        };
    }

    private static Task WriteDetailsAsync(string? file, object details) =>
        file is null ? Task.CompletedTask : File.WriteAllTextAsync(file, JsonSerializer.Serialize(details, SandboxJson.Indented));

    // The binder's own error names the configuration key; converting each value first lets the error name the switch.
    private static void RequireConvertibleValues(IConfiguration commandLine)
    {
        foreach (var option in SandboxSwitches.All)
        {
            if (commandLine[option.Key] is not { } value)
            {
                continue;
            }

            var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
            object? converted;
            try
            {
                converted = commandLine.GetValue(type, option.Key);
            }
            catch (InvalidOperationException exception)
            {
                throw new FormatException(NeedsValue(option.Name, type, value), exception);
            }

            if (type.IsEnum && !Enum.IsDefined(type, converted!))
            {
                throw new FormatException(NeedsValue(option.Name, type, value));
            }
        }
    }

    private static string NeedsValue(string name, Type type, string value)
    {
        var expected = type switch
        {
            _ when type == typeof(int) => "a whole number",
            _ when type == typeof(double) => "a number",
            _ when type.IsEnum => $"one of {string.Join(", ", Enum.GetNames(type))}",
            _ => $"a {type.Name}",
        };
        return $"{name} needs {expected}, not '{value}'.";
    }

    private static List<string> SplitList(string value) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static void Print(SandboxDetails details)
    {
        foreach (var property in typeof(SandboxDetails).GetProperties())
        {
            Console.WriteLine($"  {property.Name,-22} {property.GetValue(details)}");
        }

        Console.WriteLine($"  {"RestUrl",-22} {new Uri(details.WebApiUrl, "v1/")}");
        Console.WriteLine($"  {"TenantStatusUrl",-22} {new Uri(details.BaseUri, $"api/state/{details.ContextIdentifier}")}");
        Console.WriteLine($"  {"AdminUrl",-22} {new Uri(details.BaseUri, "_sandbox/")}");
    }
}

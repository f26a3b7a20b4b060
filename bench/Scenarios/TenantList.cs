using System.Globalization;
using SuperOfficeProvisioning.Sandbox;

namespace SuperOfficeProvisioning.Bench.Scenarios;

/// <summary>
/// A partner's tenant list for a multi-tenant sandbox, as a CI job has it: a CSV file of context identifiers and the
/// names of the environment variables that hold each tenant's system user token (set in this process, which the
/// driver process inherits), and the application's secret in an environment variable too.
/// </summary>
public sealed class TenantList : IDisposable
{
    public const string ClientSecretVariable = "SO_BENCH_CLIENT_SECRET";
    private readonly List<string> _variables = [];

    public TenantList(RunningSandboxHost host, string name)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"bench-{name}-{Guid.NewGuid():N}.csv");
        ReportPath = System.IO.Path.ChangeExtension(Path, ".report.json");
        var lines = new List<string> { "ContextIdentifier,SystemUserTokenVariable" };
        foreach (var tenant in host.Tenants)
        {
            var variable = "SO_BENCH_TOKEN_" + tenant.Details.ContextIdentifier.ToUpper(CultureInfo.InvariantCulture);
            Environment.SetEnvironmentVariable(variable, tenant.Details.SystemUserToken);
            _variables.Add(variable);
            lines.Add($"{tenant.Details.ContextIdentifier},{variable}");
        }

        Environment.SetEnvironmentVariable(ClientSecretVariable, host.Details.ClientSecret);
        File.WriteAllLines(Path, lines);
        Details = host.Details;
    }

    public string Path { get; }

    public string ReportPath { get; }

    public SandboxDetails Details { get; }

    public void Dispose()
    {
        _variables.ForEach(variable => Environment.SetEnvironmentVariable(variable, null));
        File.Delete(Path);
        File.Delete(ReportPath);
    }
}

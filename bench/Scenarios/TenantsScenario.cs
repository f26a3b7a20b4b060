using SuperOfficeProvisioning.Bench.Driver;
using SuperOfficeProvisioning.Bench.Sandboxes;
using SuperOfficeProvisioning.Sandbox;

namespace SuperOfficeProvisioning.Bench.Scenarios;

/// <summary>
/// Scenario 8: a partner's release job. The example application is installed into every tenant of a multi-tenant
/// sandbox by <c>examples/Install-App-AllTenants.ps1</c> (the script the CI examples run), from scratch and then again
/// unchanged. Beside it, the naive loop a partner's script would be today (connect, install, next tenant) runs on a
/// sample of fresh tenants, its time per tenant extrapolated to all of them.
/// </summary>
public static class TenantsScenario
{
    /// <summary>
    /// Tenants at once: each install is a sequence of requests that mostly waits on the network, so a runner with two
    /// cores keeps 64 tenants busy (at 50 ms a request, 32 left the 200-tenant install at 76 s); --throttle-limit overrides it.
    /// </summary>
    private const int DefaultTenantThrottle = 64;

    public static async Task<IEnumerable<ScenarioResult>> RunAsync(BenchContext context)
    {
        var options = context.Options;
        var template = new SandboxOptions { Seed = options.Seed, Faults = BenchSandbox.Latency(options.LatencyMs) };
        await using var host = await SandboxHost.StartTenantsAsync(template.ForTenants(options.Tenants));
        using var list = new TenantList(host, "tenants");
        var throttle = options.ThrottleLimit ?? DefaultTenantThrottle;
        var fanOut = Job(context, FanOutScript(list, throttle));

        var fresh = await RunAsync(context, host, fanOut, $"Install-App-AllTenants.ps1 over {options.Tenants} new tenants");
        var again = await RunAsync(context, host, fanOut, $"Install-App-AllTenants.ps1 over the same {options.Tenants} tenants, unchanged");

        await using var sampleHost = await SandboxHost.StartTenantsAsync(template.ForTenants(options.TenantSample, firstNumber: 20001));
        using var sample = new TenantList(sampleHost, "naive");
        var naive = await RunAsync(context, sampleHost, Job(context, NaiveScript(sample)), $"Naive loop: one tenant after another, {options.TenantSample} tenants");
        var naiveSeconds = naive.Wall / options.TenantSample * options.Tenants;

        var first = fresh.ToResult("8a", $"Install the example app into {options.Tenants} tenants", options.Tenants, naiveSeconds);
        first.Targets.Add(Checks.AtMost("wall", fresh.Wall, Targets.TenantsInstallSeconds, " s"));
        first.Targets.Add(Checks.SpeedUp(first.SpeedUp, Targets.TenantsSpeedUp));
        first.Targets.Add(Checks.AtMost("peak working set", fresh.PeakMB, Targets.TenantsPeakMB, " MB", "0"));
        first.Targets.Add(Checks.Equal("tenants that failed", fresh.Driver.Errors, 0));
        first.Notes.Add($"-ThrottleLimit {throttle}. {fresh.Requests / (double)options.Tenants:0.0} requests per tenant (sign-in, tenant status, reads and writes, retries included). " +
                        $"The naive loop took {naive.Wall / options.TenantSample:0.00} s per tenant on {options.TenantSample} fresh tenants " +
                        $"({naive.Requests / (double)options.TenantSample:0.0} requests per tenant); its column is that × {options.Tenants}.");

        var second = again.ToResult("8b", $"The same {options.Tenants} tenants again, unchanged", options.Tenants);
        second.Targets.Add(Checks.AtMost("wall", again.Wall, Targets.TenantsUnchangedSeconds, " s"));
        second.Targets.Add(Checks.Equal("writes", again.Writes, 0));
        second.Targets.Add(Checks.AtMost("peak working set", again.PeakMB, Targets.TenantsPeakMB, " MB", "0"));
        second.Notes.Add($"{again.Requests / (double)options.Tenants:0.0} requests per tenant, {again.Writes} writes.");
        return [first, second];
    }

    private static DriverJob Job(BenchContext context, string script) =>
        new() { Command = DriverCommand.Script, ModuleManifest = context.ModuleManifest, Script = script };

    private static string FanOutScript(TenantList list, int throttle) => $"""
        $env:SO_CLIENT_ID = '{list.Details.ClientId}'
        & '{RepoLayout.Combine("examples", "Install-App-AllTenants.ps1")}' -TenantsPath '{list.Path}' -ReportPath '{list.ReportPath}' `
            -Authority '{list.Details.Authority}' -CertificateThumbprint '{list.Details.CertificateThumbprint}' `
            -PrivateKeyPath '{list.Details.PrivateKeyPath}' -ClientSecretVariable '{TenantList.ClientSecretVariable}' -ThrottleLimit {throttle} 6>$null | Out-Null
        """;

    /// <summary>What a partner's script does without the fan-out: each tenant in turn, connected and installed.</summary>
    private static string NaiveScript(TenantList list) => $$"""
        $secret = ConvertTo-SecureString $env:{{TenantList.ClientSecretVariable}} -AsPlainText -Force
        foreach ($tenant in Import-Csv '{{list.Path}}') {
            $token = ConvertTo-SecureString ([Environment]::GetEnvironmentVariable($tenant.SystemUserTokenVariable)) -AsPlainText -Force
            $connection = Connect-SoTenant -ContextIdentifier $tenant.ContextIdentifier -ClientId '{{list.Details.ClientId}}' -ClientSecret $secret `
                -PrivateKeyPath '{{list.Details.PrivateKeyPath}}' -SystemUserToken $token -Authority '{{list.Details.Authority}}' `
                -CertificateThumbprint '{{list.Details.CertificateThumbprint}}' -PassThru
            Install-SoApplication -Path '{{RepoLayout.Combine("examples", "apps", "acme-invoicing.app.json")}}' -Connection $connection | Out-Null
        }
        """;

    private static async Task<HostRun> RunAsync(BenchContext context, RunningSandboxHost host, DriverJob job, string label)
    {
        context.Log($"Module: {label}");
        foreach (var tenant in host.Tenants)
        {
            tenant.ResetStats();
        }

        var driver = await DriverProcess.RunAsync(job);
        var stats = host.Tenants.Select(t => t.GetStats()).ToList();
        var run = new HostRun(driver, stats.Sum(s => s.TotalRequests), stats.Sum(s => s.Writes));
        context.Log($"Module: {run.Wall:0.0} s, {run.Requests} requests ({run.Writes} writes), {driver.Errors} errors, peak {run.PeakMB:0} MB"
            + (driver.FirstErrors.Count > 0 ? ": " + string.Join(" | ", driver.FirstErrors) : string.Empty));
        return run;
    }

    private sealed record HostRun(DriverResult Driver, long Requests, long Writes)
    {
        public double Wall => Driver.WallMs / 1000;

        public double PeakMB => ModuleRun.Megabytes(Driver.PeakWorkingSetBytes);

        public ScenarioResult ToResult(string id, string title, int tenants, double? baselineSeconds = null) => new()
        {
            Id = id,
            Title = title,
            Objects = tenants,
            WallSeconds = Wall,
            Requests = Requests,
            PeakMemoryMB = PeakMB,
            BaselineSeconds = baselineSeconds,
            Details = new() { ["driver"] = Driver, ["writes"] = Writes },
        };
    }
}

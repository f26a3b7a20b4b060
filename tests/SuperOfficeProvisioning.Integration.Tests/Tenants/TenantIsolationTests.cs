using System.Collections.Concurrent;
using SuperOfficeProvisioning.Engine.Apps;
using SuperOfficeProvisioning.Engine.Apps.Provisioning;
using SuperOfficeProvisioning.Engine.Auth;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.Credentials;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Integration.Tests.KillHarness;
using SuperOfficeProvisioning.Integration.Tests.Users;
using SuperOfficeProvisioning.Sandbox;
using Xunit;

namespace SuperOfficeProvisioning.Integration.Tests.Tenants;

/// <summary>
/// A partner's release job: the example application installed into 50 tenants of one host at once, while the host
/// fails, drops and loses answers and one tenant is suspended. Read back, every tenant holds exactly the application's
/// objects, once; the suspended one holds nothing new; and no request reached a tenant with another tenant's credential.
/// </summary>
public sealed class TenantIsolationTests
{
    private const int TenantCount = 50;
    private const string Suspended = "Cust10017";

    [Fact]
    public async Task Fifty_tenants_installed_at_once_under_faults_each_hold_exactly_their_own_objects()
    {
        var template = new SandboxOptions
        {
            Seed = 15,
            Faults = new FaultOptions { RetryAfterSeconds = 0, ServiceUnavailableRate = 0.04, DropConnectionRate = 0.02, LostResponseRate = 0.03 },
        };
        await using var host = await SandboxHost.StartTenantsAsync(template.ForTenants(TenantCount));
        host.Tenant(Suspended).SetTenantState("Suspended");
        var before = host.Tenants.ToDictionary(t => t.Details.ContextIdentifier, t => t.GetApplicationObjects());
        var json = await File.ReadAllTextAsync(RepositoryFolders.ExampleApplication);
        var outcomes = new ConcurrentDictionary<string, (RecordingHost<ApplicationObjectResult> Rows, SoException? Failure)>();

        await Parallel.ForEachAsync(host.Tenants, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (tenant, _) =>
        {
            var details = tenant.Details;
            var rows = new RecordingHost<ApplicationObjectResult>();
            try
            {
                using var connection = await ConnectionFactory.SignInAsSystemUserAsync(null, Request(details), details.CertificateThumbprint, CancellationToken.None);
                var application = ManifestLoader.Load(json, RepositoryFolders.ExampleApplication, null, details.ContextIdentifier);
                await new ApplicationProvisioner(connection, rows).InstallAsync(application, CancellationToken.None);
                outcomes[details.ContextIdentifier] = (rows, null);
            }
            catch (SoException failure)
            {
                outcomes[details.ContextIdentifier] = (rows, failure);
            }
        });

        var expected = host.Tenant("Cust10001").GetApplicationObjects();
        Assert.NotEqual(before["Cust10001"], expected);
        foreach (var tenant in host.Tenants)
        {
            var ctx = tenant.Details.ContextIdentifier;
            var (rows, failure) = outcomes[ctx];
            if (ctx == Suspended)
            {
                Assert.Equal(SoErrorKind.Unavailable, failure?.Kind);
                Assert.Equal(before[ctx], tenant.GetApplicationObjects());
                continue;
            }

            Assert.True(failure is null, $"{ctx}: {failure?.Message}");
            Assert.Empty(rows.Failures);
            Assert.Equal(expected, tenant.GetApplicationObjects());
        }

        Assert.Equal(0, host.CrossTenantRequests);
        Assert.True(host.Tenants.Sum(t => t.GetStats().InjectedFaults.Values.Sum()) > 0, "The host injected no fault.");
    }

    private static SystemUserSignInRequest Request(SandboxDetails details) => new(
        details.Authority,
        details.ClientId,
        Secret.FromPlainText(details.ClientSecret),
        details.PrivateKeyPath,
        Secret.FromPlainText(details.SystemUserToken),
        details.ContextIdentifier);
}

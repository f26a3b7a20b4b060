using SuperOfficeProvisioning.Engine.Audit;
using Xunit;

namespace SuperOfficeProvisioning.Engine.Tests.Audit;

public sealed class TenantLogPathTests
{
    [Theory]
    [InlineData("/logs/install.jsonl", "Cust1", "/logs/install.Cust1.jsonl")]
    [InlineData("/logs/install", "Cust1", "/logs/install.Cust1")]
    [InlineData("/logs/run.2025.log", "Cust22", "/logs/run.2025.Cust22.log")]
    public void Each_tenant_of_a_run_over_many_keeps_its_log_beside_the_given_one(string path, string tenant, string expected) =>
        Assert.Equal(expected, AuditLog.PathForTenant(path, tenant));
}

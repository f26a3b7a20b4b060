using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.Http;
using SuperOfficeProvisioning.Sandbox;
using SuperOfficeProvisioning.Sandbox.Scim;
using SuperOfficeProvisioning.Engine.Credentials;
using SuperOfficeProvisioning.Engine.Scim;

namespace SuperOfficeProvisioning.Integration.Tests;

/// <summary>A sandbox tenant for one test, and engine connections to its SCIM gateway.</summary>
internal sealed class SandboxFixture : IAsyncDisposable
{
    private SandboxFixture(RunningSandbox sandbox) => Sandbox = sandbox;

    public RunningSandbox Sandbox { get; }

    public static async Task<SandboxFixture> StartAsync(int seed = 1, ScimPaging paging = ScimPaging.Honest, bool bulk = false) =>
        new(await SandboxHost.StartAsync(new SandboxOptions { Seed = seed, ScimPaging = paging, ScimBulkEnabled = bulk }));

    public SoConnection ConnectScim(int maxAttempts = 8)
    {
        var details = Sandbox.Details;
        var pipeline = new HttpPipeline(new HttpPipelineOptions { PinnedCertificateSha256 = details.CertificateThumbprint, MaxAttempts = maxAttempts });
        return SoConnection.Create(null, new ScimEndpoint(details.ScimUrl, Secret.FromPlainText(details.ScimToken)), null, pipeline);
    }

    public ValueTask DisposeAsync() => Sandbox.DisposeAsync();
}

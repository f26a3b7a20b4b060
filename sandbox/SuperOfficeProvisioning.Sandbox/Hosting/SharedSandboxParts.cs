using SuperOfficeProvisioning.Sandbox.SuperId;

namespace SuperOfficeProvisioning.Sandbox.Hosting;

/// <summary>What every tenant of a multi-tenant host shares: the one partner application and the one SuperID's signing key.</summary>
internal sealed class SharedSandboxParts(SandboxApplication application) : IDisposable
{
    public SandboxApplication Application { get; } = application;

    public SigningKey SigningKey { get; } = new();

    public void Dispose()
    {
        Application.Dispose();
        SigningKey.Dispose();
    }
}

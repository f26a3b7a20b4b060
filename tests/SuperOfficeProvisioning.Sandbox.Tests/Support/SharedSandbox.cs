namespace SuperOfficeProvisioning.Sandbox.Tests.Support;

/// <summary>One sandbox shared by the tests of a class that neither change its faults nor its tenant state.</summary>
public sealed class SharedSandbox : IAsyncLifetime
{
    private TestSandbox? _sandbox;

    internal TestSandbox Sandbox => _sandbox ?? throw new InvalidOperationException("The sandbox has not started.");

    public async Task InitializeAsync() => _sandbox = await TestSandbox.StartAsync();

    public async Task DisposeAsync()
    {
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }
    }
}

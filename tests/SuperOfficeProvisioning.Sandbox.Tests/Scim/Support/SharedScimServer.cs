namespace SuperOfficeProvisioning.Sandbox.Tests.Scim.Support;

/// <summary>One sandbox for the tests of a class whose cases use their own user names and need no empty tenant.</summary>
public sealed class SharedScimServer : IAsyncLifetime
{
    private ScimServer? _server;

    internal ScimServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => _server = await ScimServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

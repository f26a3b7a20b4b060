using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace SuperOfficeProvisioning.Sandbox.Hosting;

/// <summary>
/// The server of a tenant's pipeline in a multi-tenant host: none. The front host's router calls the pipeline
/// directly, so nothing listens for it; ASP.NET Core only wants a server's features while it builds the pipeline.
/// </summary>
internal sealed class FrontedServer : IServer
{
    public IFeatureCollection Features { get; } = new FeatureCollection();

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull =>
        throw new InvalidOperationException("A tenant of a multi-tenant sandbox is reached through its host, not started on its own.");

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Apps.Handlers;
using SuperOfficeProvisioning.Engine.Audit;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.WebApi;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>
/// Installs, tests and uninstalls an application: its handlers run in a fixed order (lists, list items, web panels,
/// buttons; uninstall in reverse), each after the tenant status check the WebAPI client makes first.
/// </summary>
public sealed class ApplicationProvisioner
{
    private readonly WebApiClient _client;
    private readonly IProvisioningObserver _observer;
    private readonly AuditLog _log;

    public ApplicationProvisioner(SoConnection connection, IProvisioningObserver observer, AuditLog? log = null)
    {
        _client = new WebApiClient(connection);
        _observer = observer;
        _log = log ?? AuditLog.None;
    }

    public Task InstallAsync(ApplicationDefinition application, CancellationToken cancellationToken) =>
        RunAsync(application, Handlers(), (handler, context) => handler.InstallAsync(context, cancellationToken), cancellationToken);

    public Task TestAsync(ApplicationDefinition application, CancellationToken cancellationToken) =>
        RunAsync(application, Handlers(), (handler, context) => handler.TestAsync(context, cancellationToken), cancellationToken);

    public Task UninstallAsync(ApplicationDefinition application, CancellationToken cancellationToken) =>
        RunAsync(application, Handlers().AsEnumerable().Reverse(), (handler, context) => handler.UninstallAsync(context, cancellationToken), cancellationToken);

    private static List<ProvisioningHandler> Handlers() => new List<ProvisioningHandler>
    {
        new ListHandler(),
        new ListItemHandler(),
        new WebPanelHandler(buttons: false),
        new WebPanelHandler(buttons: true),
    };

    private async Task RunAsync(ApplicationDefinition application, IEnumerable<ProvisioningHandler> handlers,
        System.Func<ProvisioningHandler, ProvisioningContext, Task> step, CancellationToken cancellationToken)
    {
        await _client.EnsureRunningAsync(cancellationToken).ConfigureAwait(false);
        var context = new ProvisioningContext(application, _client, _observer, _log);
        foreach (var handler in handlers)
        {
            await step(handler, context).ConfigureAwait(false);
        }
    }
}

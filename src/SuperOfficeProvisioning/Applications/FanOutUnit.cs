using System;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Apps.Provisioning;

namespace SuperOfficeProvisioning.Applications;

/// <summary>One application to run against each tenant of a fan-out: a manifest (loaded again for each tenant, whose context identifier it may use) or a name.</summary>
internal sealed class FanOutUnit
{
    public FanOutUnit(string application, Func<ApplicationProvisioner, string, CancellationToken, Task> run)
    {
        Application = application;
        Run = run;
    }

    /// <summary>The application's name, for the tenant's summary.</summary>
    public string Application { get; }

    /// <summary>The work for one tenant: the provisioner, the tenant's context identifier, the stop token.</summary>
    public Func<ApplicationProvisioner, string, CancellationToken, Task> Run { get; }
}

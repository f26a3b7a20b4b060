using System.Collections.Generic;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Hosting;

namespace SuperOfficeProvisioning.Engine.Apps.Provisioning;

/// <summary>
/// The host one tenant's run reports to when many tenants run at once: it keeps the tenant's object rows (and each
/// failed row's failure) for the tenant's summary and the run's report, and passes on what the host of the command
/// still decides: confirmations (the target named with the tenant) and each row, failed ones included, as it is done.
/// One tenant's progress among many is not passed on; the command reports tenants done instead.
/// </summary>
public sealed class TenantObjectHost : IOperationHost<ApplicationObjectResult>
{
    private readonly string _tenant;
    private readonly IOperationHost<ApplicationObjectResult> _inner;
    private readonly List<ApplicationObjectResult> _rows = new List<ApplicationObjectResult>();
    private readonly Dictionary<ApplicationObjectResult, SoException> _failures = new Dictionary<ApplicationObjectResult, SoException>();

    public TenantObjectHost(string tenant, IOperationHost<ApplicationObjectResult> inner)
    {
        _tenant = tenant;
        _inner = inner;
    }

    /// <summary>The rows so far, in the order they were done.</summary>
    public IReadOnlyList<ApplicationObjectResult> Rows
    {
        get
        {
            lock (_rows)
            {
                return _rows.ToArray();
            }
        }
    }

    /// <summary>Why the row failed; null for a row that did not.</summary>
    public SoException? FailureOf(ApplicationObjectResult row)
    {
        lock (_rows)
        {
            return _failures.TryGetValue(row, out var failure) ? failure : null;
        }
    }

    public WriteDecision Confirm(string target, string action) => _inner.Confirm($"{_tenant}: {target}", action);

    public void Progress(string activity, int done, int total)
    {
    }

    public void Report(ApplicationObjectResult result)
    {
        lock (_rows)
        {
            _rows.Add(result);
        }

        _inner.Report(result);
    }

    public void Failed(ApplicationObjectResult result, SoException failure)
    {
        lock (_rows)
        {
            _rows.Add(result);
            _failures[result] = failure;
        }

        _inner.Report(result);
    }
}

using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Apps;
using SuperOfficeProvisioning.Engine.Apps.Provisioning;
using SuperOfficeProvisioning.Engine.Audit;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Tenants;
using SuperOfficeProvisioning.Infrastructure;

namespace SuperOfficeProvisioning.Applications;

/// <summary>
/// What Install-, Test- and Uninstall-SoApplication share: the manifest (validated in full, with its parameters,
/// before any request), the run against the tenant, and the rows it reports. Connections piped in are a run over
/// many tenants: each runs on its own, at most -ThrottleLimit at a time, and reports one summary line.
/// </summary>
public abstract class ApplicationCmdlet : SoCmdlet, IDisposable
{
    private const string ByPath = "Path";
    private const string ByLiteralPath = "LiteralPath";

    /// <summary>The application manifest (JSON); wildcards name several, each handled in turn.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = ByPath)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completion.ManifestPathCompleter))]
    public string[] Path { get; set; } = null!;

    /// <summary>The application manifest, its name taken as it is ('[' and ']' are not wildcards).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByLiteralPath)]
    [Alias("PSPath", "LP", "FullName")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = null!;

    /// <summary>Values for the manifest's parameters; those not given take their defaults.</summary>
    [Parameter(Position = 1)]
    public Hashtable? Parameters { get; set; }

    /// <summary>The connection to use; connections piped in (Connect-SoTenant -PassThru) are each run, one summary line per tenant.</summary>
    [Parameter(ValueFromPipeline = true)]
    public SoConnection? Connection { get; set; }

    /// <summary>With connections from the pipeline: how many tenants run at once.</summary>
    [Parameter]
    [ValidateRange(1, 256)]
    public int ThrottleLimit { get; set; } = 16;

    /// <summary>With connections from the pipeline: a JSON report of the run, written at its end.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ReportPath { get; set; }

    private AuditLog? _log;
    private bool _connectionOnCommandLine;
    private ApplicationFanOut? _fanOut;

    /// <summary>The -LogPath of a command that writes; null for one that only reads.</summary>
    private protected virtual string? AuditLogPath => null;

    public void Dispose()
    {
        _log?.Dispose();
        _fanOut?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Called for every row; by default each is written to the pipeline as it is done.</summary>
    private protected virtual void OnRow(PSObject row) => Emit(row);

    /// <summary>Called on the pipeline thread for every tenant's summary in a run over many; by default it is written.</summary>
    private protected virtual void OnTenant(PSObject summary) => WriteObject(summary);

    private protected abstract Task ExecuteAsync(ApplicationProvisioner provisioner, ApplicationDefinition application, CancellationToken cancellationToken);

    /// <summary>Applications named rather than given by manifest (Uninstall-SoApplication -Name); null when manifests are given.</summary>
    private protected virtual string[]? ApplicationNames => null;

    /// <summary>The work for an application given by name only.</summary>
    private protected virtual Task ExecuteByNameAsync(ApplicationProvisioner provisioner, string name, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    /// <summary>Sets the provisioner's options from the command's parameters (Install-SoApplication's -MaxRemovals, say).</summary>
    private protected virtual void Configure(ApplicationProvisioner provisioner)
    {
    }

    /// <summary>Whether the command writes, and so asks ShouldProcess before each write; Test-SoApplication never does.</summary>
    private protected virtual bool Writes => false;

    private protected virtual void Completed()
    {
    }

    protected override void BeginProcessing() =>
        _connectionOnCommandLine = MyInvocation.BoundParameters.ContainsKey(nameof(Connection));

    protected override void ProcessRecord()
    {
        if (!_connectionOnCommandLine && MyInvocation.ExpectingInput && Connection is { } piped)
        {
            QueueTenant(_fanOut ??= StartFanOut(piped), piped);
            return;
        }

        if (ReportPath is not null)
        {
            ThrowTerminatingError(ErrorRecords.Create("ReportPathNeedsPipedConnections", SoErrorKind.InvalidArgument,
                "-ReportPath reports a run over connections from the pipeline: pipe the connection in (Connect-SoTenant ... -PassThru | "
                + MyInvocation.MyCommand.Name + " ...), or leave -ReportPath out.", ReportPath));
        }

        var connection = ConnectionRequirement.WebApi(this, Connection);
        if (ApplicationNames is { } names)
        {
            foreach (var name in names)
            {
                RunOne(connection, (provisioner, token) => ExecuteByNameAsync(provisioner, name, token), name);
            }

            Completed();
            return;
        }

        foreach (var file in ManifestFiles(WriteError))
        {
            if (ManifestInput.Read(file, WriteError) is { } json
                && ManifestInput.Load(json, file, ManifestInput.Values(Parameters), connection.ContextIdentifier ?? string.Empty, WriteError) is { } application)
            {
                RunOne(connection, (provisioner, token) => ExecuteAsync(provisioner, application, token), file);
            }
        }

        Completed();
    }

    protected override void EndProcessing()
    {
        if (_fanOut is null && MyInvocation.ExpectingInput && ReportPath is not null)
        {
            // A pipeline that brought no connection (a shard with no tenant, every sign-in failed) still leaves its report.
            _fanOut = StartFanOut(null);
        }

        if (_fanOut is not { } fanOut)
        {
            return;
        }

        WaitForAll();
        WriteProgress(fanOut.Completed());
        if (ReportPath is not null)
        {
            try
            {
                fanOut.Report.WriteTo(GetUnresolvedProviderPathFromPSPath(ReportPath), DateTimeOffset.UtcNow);
            }
            catch (SoException ex)
            {
                ThrowTerminatingError(ErrorRecords.From(ex, ReportPath));
            }
        }

        Completed();
    }

    private IEnumerable<string> ManifestFiles(Action<ErrorRecord> failed)
    {
        var literal = ParameterSetName == ByLiteralPath;
        return (literal ? LiteralPath : Path).SelectMany(path => ManifestPaths.Resolve(this, path, literal, failed)).ToList();
    }

    private void RunOne(SoConnection connection, Func<ApplicationProvisioner, CancellationToken, Task> work, string target)
    {
        var provisioner = new ApplicationProvisioner(connection, CreateHost(), OpenLog());
        Configure(provisioner);
        Run(token => work(provisioner, token), target);
    }

    /// <summary>The audit log, opened once per command.</summary>
    private AuditLog OpenLog() => _log ??= OpenAuditLog(AuditLogPath);

    /// <summary>Each object's row is written as it is done; a failed one is an error about it, then its row.</summary>
    private CmdletHost<ApplicationObjectResult> CreateHost() => new CmdletHost<ApplicationObjectResult>(this, result => OnRow(Tag(result)), Tag, result => OnRow(Tag(result)))
    {
        ReadOnly = !Writes,
    };

    private static PSObject Tag(ApplicationObjectResult result) => OutputTypes.Tag(result, ApplicationOutputTypes.ApplicationObject);

    /// <summary>
    /// The first piped connection starts the run: the manifests are resolved and validated now, once, and a problem
    /// with any of them ends the command before any tenant is touched (every tenant would fail alike).
    /// </summary>
    private ApplicationFanOut StartFanOut(SoConnection? first)
    {
        void Fail(ErrorRecord error) => ThrowTerminatingError(error);
        var parameters = ManifestInput.Values(Parameters);
        var units = new List<FanOutUnit>();
        var report = new List<ApplicationDefinition>();
        if (ApplicationNames is { } names)
        {
            units.AddRange(names.Select(name => new FanOutUnit(name, (provisioner, _, token) => ExecuteByNameAsync(provisioner, name, token))));
        }
        else
        {
            foreach (var file in ManifestFiles(Fail))
            {
                var json = ManifestInput.Read(file, Fail)!;
                var application = ManifestInput.Load(json, file, parameters, first?.ContextIdentifier ?? string.Empty, Fail)!;
                report.Add(application);
                units.Add(new FanOutUnit(application.Name, (provisioner, context, token) =>
                    ExecuteAsync(provisioner, ManifestLoader.Load(json, file, parameters, context), token)));
            }
        }

        var fanOut = new ApplicationFanOut(units, ThrottleLimit, MyInvocation.MyCommand.Name, MyInvocation.MyCommand.Name.Split('-')[0], Writes && WhatIfInEffect);
        fanOut.Runner.LogPath = AuditLogPath is null || WhatIfInEffect ? null : GetUnresolvedProviderPathFromPSPath(AuditLogPath);
        report.ForEach(fanOut.Report.AddApplication);
        return fanOut;
    }

    /// <summary>Queues each application's run on the tenant; waits while -ThrottleLimit runs are going, showing what is done meanwhile.</summary>
    private void QueueTenant(ApplicationFanOut fanOut, SoConnection connection)
    {
        var position = fanOut.NextPosition();
        var tenant = TenantApplications.TenantOf(connection);
        for (var order = 0; order < fanOut.Units.Count; order++)
        {
            var unit = fanOut.Units[order];
            var objects = new TenantObjectHost(tenant, new CmdletHost<ApplicationObjectResult>(this, VerboseWanted ? row => WriteVerbose($"{tenant}: {row}") : null, _ => tenant) { ReadOnly = !Writes });
            var place = order;
            StartWork(async token =>
            {
                var run = await fanOut.Runner.RunAsync(connection, objects, Configure, unit.Run, token).ConfigureAwait(false);
                Bridge.Post(() => TenantDone(fanOut, position, place, unit, run, objects, connection.Shard));
            });
            WaitForCapacity(ThrottleLimit);
        }
    }

    /// <summary>On the pipeline thread: the tenant's summary, its one error when it failed, the report entry and progress.</summary>
    private void TenantDone(ApplicationFanOut fanOut, int position, int order, FanOutUnit unit, TenantRun<bool> run, TenantObjectHost objects, TenantShard? shard)
    {
        var result = TenantResult.From(fanOut.Operation, unit.Application, run, objects, shard, fanOut.WhatIf);
        fanOut.Report.Add(position, order, result, objects);
        if (result.Status == TenantResultStatus.Failed)
        {
            // One error per tenant: its own failure, or the first object's (the summary counts the others).
            var failure = run.NamedFailure ?? objects.Rows.Select(objects.FailureOf).First(found => found is not null)!;
            WriteError(ErrorRecords.From(run.Failure is null ? new SoException(failure.ErrorId, failure.Kind, $"Tenant {result.ContextIdentifier}: {result.Error}", failure) : failure, result.ContextIdentifier));
        }

        OnTenant(OutputTypes.Tag(result, ApplicationOutputTypes.TenantResult));
        WriteProgress(fanOut.Done(result));
    }
}

using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Apps;
using SuperOfficeProvisioning.Engine.Apps.Provisioning;
using SuperOfficeProvisioning.Engine.Connections;
using SuperOfficeProvisioning.Infrastructure;

namespace SuperOfficeProvisioning.Applications;

/// <summary>
/// What Install-, Test- and Uninstall-SoApplication share: the manifest (validated in full, with its parameters,
/// before any request), the run against the tenant, and the rows it reports.
/// </summary>
public abstract class ApplicationCmdlet : SoConnectedCmdlet, IDisposable
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

    private Engine.Audit.AuditLog? _log;

    /// <summary>The -LogPath of a command that writes; null for one that only reads.</summary>
    private protected virtual string? AuditLogPath => null;

    public void Dispose()
    {
        _log?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Called for every row; by default each is written to the pipeline as it is done.</summary>
    private protected virtual void OnRow(PSObject row) => Emit(row);

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

    protected override void ProcessRecord()
    {
        var connection = RequireWebApi();
        if (ApplicationNames is { } names)
        {
            foreach (var name in names)
            {
                RunOne(connection, (provisioner, token) => ExecuteByNameAsync(provisioner, name, token), name);
            }

            Completed();
            return;
        }

        var literal = ParameterSetName == ByLiteralPath;
        foreach (var file in (literal ? LiteralPath : Path).SelectMany(path => ManifestPaths.Resolve(this, path, literal, WriteError)).ToList())
        {
            if (LoadManifest(file, connection) is { } application)
            {
                RunOne(connection, (provisioner, token) => ExecuteAsync(provisioner, application, token), file);
            }
        }

        Completed();
    }

    private void RunOne(SoConnection connection, Func<ApplicationProvisioner, CancellationToken, Task> work, string target)
    {
        var provisioner = new ApplicationProvisioner(connection, CreateHost(), OpenLog());
        Configure(provisioner);
        Run(token => work(provisioner, token), target);
    }

    /// <summary>The audit log, opened once per command.</summary>
    private Engine.Audit.AuditLog OpenLog() => _log ??= OpenAuditLog(AuditLogPath);

    /// <summary>Each object's row is written as it is done; a failed one is an error about it, then its row.</summary>
    private CmdletHost<ApplicationObjectResult> CreateHost() => new CmdletHost<ApplicationObjectResult>(this, result => OnRow(Tag(result)), Tag, result => OnRow(Tag(result)))
    {
        ReadOnly = !Writes,
    };

    private static PSObject Tag(ApplicationObjectResult result) => OutputTypes.Tag(result, ApplicationOutputTypes.ApplicationObject);

    /// <summary>The validated manifest, or null after a non-terminating error: the other manifests carry on.</summary>
    private ApplicationDefinition? LoadManifest(string file, SoConnection connection)
    {
        string json;
        try
        {
            json = File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            WriteError(ManifestPaths.Error($"Cannot read the application manifest '{file}': {ex.Message}", file));
            return null;
        }

        try
        {
            return ManifestLoader.Load(json, file, ParameterValues(), connection.ContextIdentifier ?? string.Empty);
        }
        catch (ManifestException ex)
        {
            WriteError(ErrorRecords.From(ex, file));
            return null;
        }
    }

    private Dictionary<string, string> ParameterValues()
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in Parameters ?? new Hashtable())
        {
            var value = entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
            values[entry.Key.ToString()!] = value switch
            {
                null => string.Empty,
                bool flag => flag ? "true" : "false",
                _ => LanguagePrimitives.ConvertTo<string>(value),
            };
        }

        return values;
    }
}

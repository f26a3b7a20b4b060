using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SuperOfficeProvisioning.Engine.Audit;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Scim;
using SuperOfficeProvisioning.Engine.Users;

namespace SuperOfficeProvisioning.Infrastructure;

/// <summary>
/// Base of the cmdlets that take users from the pipeline. Parameters bind by property name from Get-MgUser
/// objects and CSV rows; Get-MgGroupMember's directory objects are read through their AdditionalProperties.
/// Each record is validated on arrival; valid ones are processed in batches, concurrently.
/// </summary>
public abstract class UserInputCmdlet : SoConnectedCmdlet, IDisposable
{
    private readonly List<PendingUser> _batch = new List<PendingUser>();
    private readonly Dictionary<string, int> _seenUserNames = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _seenExternalIds = new Dictionary<string, int>(StringComparer.Ordinal);
    private Dictionary<UserField, string>? _attributeMap;
    private UserProvisioner? _provisioner;
    private CmdletHost<UserOutcome>? _host;
    private AuditLog? _log;

    internal UserProvisioner? Provisioner => _provisioner;
    private int _received;
    private int _finished;

    /// <summary>Any object with user properties; read when the named parameters did not bind.</summary>
    [Parameter(ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true, Position = 0)]
    [Alias("UserPrincipalName")]
    public object? UserName { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    public object? ExternalId { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public object? GivenName { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public object? Surname { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public object? DisplayName { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Mail")]
    public object? Email { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public object? JobTitle { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public object? Department { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public object? MobilePhone { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public object? BusinessPhones { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public object? FaxNumber { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public object? EmployeeId { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public object? PreferredLanguage { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("AccountEnabled")]
    public object? Enabled { get; set; }

    /// <summary>Overrides the default mapping: SCIM attribute path → input property name.</summary>
    [Parameter]
    public Hashtable? AttributeMap { get; set; }

    /// <summary>
    /// The audit log: a JSON-lines file each change is appended to, as intended before it is sent and as done or
    /// failed after; a later run settles what a stopped run left open.
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? LogPath { get; set; }

    /// <summary>Most requests in flight at once.</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 16;

    protected abstract string Activity { get; }

    protected virtual bool RequiresUserName => false;

    protected override void BeginProcessing()
    {
        _attributeMap = UserInputMapping.ParseAttributeMap(AttributeMap, this);
        if (CreatesProvisioner)
        {
            _log = OpenAuditLog(LogPath);
            _host = CreateHost();
            _provisioner = new UserProvisioner(RequireScim(), _host, ThrottleLimit, _log);
        }
    }

    protected string? ResolvedLogPath => LogPath is null ? null : GetUnresolvedProviderPathFromPSPath(LogPath);

    public void Dispose()
    {
        _log?.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override void ProcessRecord()
    {
        _received++;
        var source = (object?)InputObject ?? UserName;
        var skipReason = SkipReason(InputObject);
        if (skipReason is not null)
        {
            WriteWarning(skipReason);
            return;
        }

        var values = UserInputMapping.Collect(this, InputObject, _attributeMap!);
        UserDraft draft;
        try
        {
            draft = UserInputReader.Read(values, _received, source, RequiresUserName);
            RejectDuplicate(draft);
        }
        catch (SoException ex)
        {
            Interlocked.Increment(ref _finished);
            WriteError(ErrorRecords.From(ex, source));
            Rejected(values);
            return;
        }

        if (draft.Warning is not null)
        {
            WriteWarning(draft.Warning);
        }

        Accept(draft);
        ReportProgress();
    }

    protected override void EndProcessing()
    {
        FlushBatch();
        WaitForAll();
        WriteProgress(new ProgressRecord(1, Activity, "Done") { RecordType = ProgressRecordType.Completed });
    }

    /// <summary>False for a cmdlet that handles its records itself (Sync-SoGroup) rather than in batches.</summary>
    protected virtual bool CreatesProvisioner => true;

    /// <summary>A warning when the input is not a user at all (a device, a nested group), which skips it.</summary>
    protected virtual string? SkipReason(PSObject? input) => null;

    /// <summary>Takes a valid record; by default it joins the next batch.</summary>
    protected virtual void Accept(UserDraft draft)
    {
        _batch.Add(new PendingUser(draft, GroupsOf(draft)));
        if (_batch.Count >= UserProvisioner.BatchSize)
        {
            FlushBatch();
        }
    }

    /// <summary>Hears of a record that failed validation (already reported as an error).</summary>
    protected virtual void Rejected(IReadOnlyDictionary<string, object?> values)
    {
    }

    /// <summary>The groups a new user goes into (New-SoUser's -Group).</summary>
    protected virtual IReadOnlyList<string> GroupsOf(UserDraft? draft) => Array.Empty<string>();

    /// <summary>What the batch will do, read from the tenant; Sync-SoGroup, which plans the whole group at once, has none.</summary>
    protected virtual Task<UserPlan> PlanBatchAsync(UserProvisioner provisioner, IReadOnlyList<PendingUser> batch, CancellationToken cancellationToken) =>
        Task.FromResult(new UserPlan(Array.Empty<PlannedUserChange>()));

    /// <summary>Each user's outcome, counted for progress; a user is written to the output, an error about its input record.</summary>
    private CmdletHost<UserOutcome> CreateHost() => new CmdletHost<UserOutcome>(
        this,
        outcome =>
        {
            Interlocked.Increment(ref _finished);
            OnSucceeded(outcome.Draft, outcome.User!);
        },
        outcome => outcome.Draft.Source,
        _ => Interlocked.Increment(ref _finished));

    /// <summary>Writes the user to the output; Remove-SoUser only does so with -PassThru.</summary>
    protected virtual void OnSucceeded(UserDraft draft, SoUser user) => Emit(OutputTypes.Tag(user, OutputTypes.User));

    private void FlushBatch()
    {
        if (_batch.Count == 0)
        {
            return;
        }

        var batch = _batch.ToArray();
        _batch.Clear();
        // Batches in flight are bounded like requests: each waits on the provisioner's write limit anyway. A batch is
        // planned off the pipeline thread, confirmed on it (-WhatIf, -Confirm) and then applied off it again.
        WaitForCapacity(ThrottleLimit);
        StartWork(async token =>
        {
            var plan = await PlanBatchAsync(_provisioner!, batch, token).ConfigureAwait(false);
            Bridge.Post(() =>
            {
                plan.Confirm(_host!);
                StartWork(applying => _provisioner!.ApplyAsync(plan, applying));
            });
        });
    }

    private void RejectDuplicate(UserDraft draft)
    {
        if (draft.UserName.Length > 0 && _seenUserNames.TryGetValue(draft.UserName, out var first)
            || !string.IsNullOrEmpty(draft.ExternalId) && _seenExternalIds.TryGetValue(draft.ExternalId!, out first))
        {
            throw new SoException("DuplicateInput", SoErrorKind.InvalidInput, $"User {draft.RecordLabel} appears more than once in the input (first as record #{first}); only the first is processed.");
        }

        if (draft.UserName.Length > 0)
        {
            _seenUserNames[draft.UserName] = _received;
        }

        if (!string.IsNullOrEmpty(draft.ExternalId))
        {
            _seenExternalIds[draft.ExternalId!] = _received;
        }
    }

    protected int Received => _received;

    private void ReportProgress()
    {
        if (_received % 10 == 0)
        {
            WriteProgress(new ProgressRecord(1, Activity, $"{Volatile.Read(ref _finished)} of {_received} users done"));
        }
    }

    protected sealed class PendingUser
    {
        public PendingUser(UserDraft draft, IReadOnlyList<string> groups)
        {
            Draft = draft;
            Groups = groups;
        }

        public UserDraft Draft { get; }

        public IReadOnlyList<string> Groups { get; }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Audit;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Scim;

namespace SuperOfficeProvisioning.Engine.Users;

/// <summary>
/// The user writers' writes: at most a throttle limit in flight, each logged in the audit log as intended before its
/// request and as done or failed after, and none before the log's open intents of a stopped run are settled.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The semaphore's wait handle is never asked for, so there is nothing to release; work may still hold a slot when the command ends.")]
internal sealed class AuditedWrites
{
    private readonly ScimClient _client;
    private readonly AuditLog _log;
    private readonly SemaphoreSlim _slots;
    private readonly Lazy<Task> _reconciled;

    public AuditedWrites(ScimClient client, AuditLog log, int throttleLimit)
    {
        _client = client;
        _log = log;
        _slots = new SemaphoreSlim(Math.Max(1, throttleLimit));
        // Before anything else of the run, so what the tenant shows of a stopped run's intents is still that run's doing.
        _reconciled = new Lazy<Task>(() => AuditReconciler.ReconcileAsync(_log, _client, CancellationToken.None));
    }

    /// <summary>
    /// Settles a stopped run's open intents, once; every batch awaits it first, whether or not it will write (a re-run
    /// that finds everything done writes nothing, and its log must still tell what the stopped run did).
    /// </summary>
    public Task ReconcileEarlierRunsAsync() => _reconciled.Value;

    /// <summary>Creates users in bulk, each logged as intended before the request and with its own outcome after.</summary>
    public async Task<IReadOnlyList<(SoUser? User, SoException? Error)>> CreateInBulkAsync(IReadOnlyList<UserDraft> drafts, ScimServiceConfig config, CancellationToken cancellationToken)
    {
        var changes = drafts.Select(NewUserChange).ToList();
        var keys = changes.Select(_log.Intent).ToList();
        IReadOnlyList<(SoUser? User, SoException? Error)> outcomes;
        try
        {
            outcomes = await UserWrites.CreateInBulkAsync(_client, drafts, config, cancellationToken).ConfigureAwait(false);
        }
        catch (SoException ex)
        {
            for (var i = 0; i < changes.Count; i++)
            {
                _log.Failed(keys[i], changes[i], ex);
            }

            throw;
        }

        for (var i = 0; i < changes.Count; i++)
        {
            if (outcomes[i].User is { } user)
            {
                changes[i].ScimId = user.ScimId;
                _log.Done(keys[i], changes[i]);
            }
            else
            {
                _log.Failed(keys[i], changes[i], outcomes[i].Error!);
            }
        }

        return outcomes;
    }

    public AuditChange NewUserChange(UserDraft draft) =>
        new AuditChange("CreateUser", draft.UserName) { Attributes = _log.Enabled ? ScimJson.Flatten(UserResource.New(draft)) : null };

    public static AuditChange Audited(string action, SoUser user, IEnumerable<JObject>? operations) =>
        new AuditChange(action, user.UserName)
        {
            ScimId = user.ScimId,
            Attributes = operations?.ToDictionary(o => (string)o["path"]!, o => o["value"]?.ToString(), StringComparer.Ordinal),
        };

    public Task WriteAsync(IReadOnlyList<AuditChange> changes, Func<Task> write, CancellationToken cancellationToken) =>
        WriteAsync(async () => { await _log.RecordAsync(changes, write).ConfigureAwait(false); return true; }, cancellationToken);

    public Task WriteAsync(AuditChange change, Func<Task> write, CancellationToken cancellationToken) =>
        WriteAsync(new[] { change }, write, cancellationToken);

    public async Task<T> WriteAsync<T>(AuditChange change, Func<Task<T>> write, CancellationToken cancellationToken, Action<T>? onDone = null)
    {
        T result = default!;
        await WriteAsync(change, async () =>
        {
            result = await write().ConfigureAwait(false);
            onDone?.Invoke(result);
        }, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public async Task<T> WriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        await _reconciled.Value.ConfigureAwait(false);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await write().ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }
}

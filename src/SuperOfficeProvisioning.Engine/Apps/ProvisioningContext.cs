using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Audit;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Hosting;
using SuperOfficeProvisioning.Engine.WebApi;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>What the handlers share during one run: the WebAPI, what has been read from it, and the observer.</summary>
internal sealed class ProvisioningContext
{
    private readonly Dictionary<int, List<JObject>> _items = new Dictionary<int, List<JObject>>();
    private List<JObject>? _lists;
    private List<JObject>? _webPanels;
    private Dictionary<string, int>? _userGroups;
    private readonly HashSet<(string Run, string Key)> _reconciled = new HashSet<(string Run, string Key)>();

    public ProvisioningContext(ApplicationDefinition application, WebApiClient client, IOperationHost<ApplicationObjectResult> observer, AuditLog log)
    {
        Log = log;
        Application = application;
        Lists = new ListOperations(client);
        WebPanels = new WebPanelOperations(client);
        TaskMenus = new TaskMenuOperations(client);
        Record = new InstallRecord(new ForeignKeyOperations(client, application.Name, InstallRecord.DeviceName, InstallRecord.DeviceIdentifier));
        Observer = observer;
    }

    public ApplicationDefinition Application { get; }

    public ListOperations Lists { get; }

    public WebPanelOperations WebPanels { get; }

    public TaskMenuOperations TaskMenus { get; }

    /// <summary>What the application created in the tenant: the only objects it may change or remove.</summary>
    public InstallRecord Record { get; }

    public IOperationHost<ApplicationObjectResult> Observer { get; }

    /// <summary>The write-ahead audit log of the run (-LogPath).</summary>
    public AuditLog Log { get; }

    /// <summary>A change to one of the application's objects as the audit log tells it.</summary>
    public AuditChange Audited(string action, ApplicationObjectResult row, IEnumerable<FieldDifference>? differences = null) =>
        new AuditChange(action, row.Key)
        {
            Application = Application.Name,
            Kind = row.Kind,
            ObjectId = row.Id?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Attributes = differences?.ToDictionary(d => d.Field, d => d.Desired is null ? null : Convert.ToString(d.Desired, System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal),
        };

    /// <summary>
    /// Settles what a stopped run intended for this object and never confirmed, from what this run found before
    /// writing: a create went through if the object is there, an update if nothing differs, a delete if it is gone.
    /// </summary>
    public void ReconcileEarlier(ApplicationObjectResult row, bool exists, bool inSync)
    {
        foreach (var intent in Log.Unconfirmed)
        {
            var change = intent.Change;
            if (!string.Equals(change.Application, Application.Name, StringComparison.Ordinal) || change.Kind != row.Kind || change.Target != row.Key)
            {
                continue;
            }

            var applied = change.Action switch
            {
                "CreateObject" => exists,
                "UpdateObject" => exists && inSync,
                "DeleteObject" => !exists,
                _ => (bool?)null,
            };
            if (applied is bool outcome && _reconciled.Add((intent.Run, intent.Key)))
            {
                Log.Reconciled(intent, change, outcome);
            }
        }
    }

    /// <summary>Lists that -WhatIf (or a "no") kept from being created: their items would be created with them.</summary>
    public HashSet<string> UncreatedLists { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The application's own lists by name, as its install record names them (null: it has none of that name).</summary>
    public Dictionary<string, int?> OwnLists { get; } = new Dictionary<string, int?>(StringComparer.OrdinalIgnoreCase);

    public ApplicationObjectResult Row(string kind, string name, string key) =>
        new ApplicationObjectResult(Application.Name, kind, name, key) { Detail = RowDetail };

    /// <summary>What every row of this context says first (the leftovers of an earlier manifest, say).</summary>
    public string? RowDetail { get; set; }

    public async Task<List<JObject>> AllListsAsync(CancellationToken cancellationToken) =>
        _lists ??= await Lists.GetListsAsync(cancellationToken).ConfigureAwait(false);

    public Task<List<JObject>> ReloadListsAsync(CancellationToken cancellationToken)
    {
        _lists = null;
        return AllListsAsync(cancellationToken);
    }

    /// <summary>The list with this name (ignoring case, as SuperOffice does), preferring one that is not deleted.</summary>
    public async Task<Match> FindListAsync(string name, CancellationToken cancellationToken) =>
        Match.Pick((await AllListsAsync(cancellationToken).ConfigureAwait(false))
            .Where(list => string.Equals((string?)list["Name"], name, StringComparison.OrdinalIgnoreCase)), "Id");

    public void Forget(int listId) => _lists?.RemoveAll(list => (int?)list["Id"] == listId);

    public async Task<List<JObject>> ItemsAsync(int listId, CancellationToken cancellationToken)
    {
        if (!_items.TryGetValue(listId, out var items))
        {
            items = await Lists.GetItemsAsync(listId, cancellationToken).ConfigureAwait(false);
            _items[listId] = items;
        }

        return items;
    }

    public Task<List<JObject>> ReloadItemsAsync(int listId, CancellationToken cancellationToken)
    {
        _items.Remove(listId);
        return ItemsAsync(listId, cancellationToken);
    }

    public async Task<List<JObject>> AllWebPanelsAsync(CancellationToken cancellationToken) =>
        _webPanels ??= await WebPanels.GetAllAsync(cancellationToken).ConfigureAwait(false);

    public Task<List<JObject>> ReloadWebPanelsAsync(CancellationToken cancellationToken)
    {
        _webPanels = null;
        return AllWebPanelsAsync(cancellationToken);
    }

    /// <summary>The tenant's user groups by name (ignoring case).</summary>
    public async Task<Dictionary<string, int>> UserGroupsAsync(CancellationToken cancellationToken)
    {
        if (_userGroups is null)
        {
            var groups = await Lists.GetUserGroupsAsync(cancellationToken).ConfigureAwait(false);
            _userGroups = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var group in groups.Where(g => (bool?)g["Deleted"] != true))
            {
                _userGroups[(string?)group["Name"] ?? string.Empty] = (int?)group["Id"] ?? 0;
            }
        }

        return _userGroups;
    }

    /// <summary>Asks the observer; true when the write may go ahead. Marks the row when -WhatIf or a "no" stops it.</summary>
    public bool MayWrite(ApplicationObjectResult row, string target, string action)
    {
        switch (Observer.Confirm(target, action))
        {
            case WriteDecision.Write:
                return true;
            case WriteDecision.WhatIf:
                row.WhatIf = true;
                return false;
            default:
                row.Status = ApplicationObjectStatus.Skipped;
                row.Detail = "Not confirmed: " + action + ".";
                return false;
        }
    }

    /// <summary>
    /// Runs the work for one object and reports its row. A failure that concerns only this object is reported
    /// and the run carries on; one that no other object could escape (credentials, tenant state) ends it.
    /// </summary>
    public async Task HandleAsync(ApplicationObjectResult row, Func<Task> work)
    {
        try
        {
            await work().ConfigureAwait(false);
        }
        catch (SoException ex) when (!EndsTheRun(ex))
        {
            Fail(row, ex);
            return;
        }

        if (row.Kind is ApplicationObjectKind.WebPanel or ApplicationObjectKind.Button && !row.WhatIf
            && row.Status is ApplicationObjectStatus.Created or ApplicationObjectStatus.Updated or ApplicationObjectStatus.Revived or ApplicationObjectStatus.Removed)
        {
            PanelsChanged = true;
        }

        Observer.Report(row);
    }

    /// <summary>
    /// Plans one object; null after a failure, which is reported as <see cref="HandleAsync"/> reports one. The row is
    /// reported once the plan is applied.
    /// </summary>
    public async Task<T?> PlanAsync<T>(ApplicationObjectResult row, Func<Task<T>> plan)
        where T : class
    {
        try
        {
            return await plan().ConfigureAwait(false);
        }
        catch (SoException ex) when (!EndsTheRun(ex))
        {
            Fail(row, ex);
            return null;
        }
    }

    private void Fail(ApplicationObjectResult row, SoException ex)
    {
        row.Status = ex is ObjectNotOwnedException ? ApplicationObjectStatus.NotOwned : ApplicationObjectStatus.Failed;
        row.Detail = ex.Message;
        Observer.Failed(row, ex);
    }

    /// <summary>A web panel or button was written in this run: the panel cache wants flushing at the end.</summary>
    public bool PanelsChanged { get; private set; }

    public static bool EndsTheRun(SoException ex) =>
        ex.RefusesCredentials || ex.Kind is SoErrorKind.Connection or SoErrorKind.Unavailable;
}

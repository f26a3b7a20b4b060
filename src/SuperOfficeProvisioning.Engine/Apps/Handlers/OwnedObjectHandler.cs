using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Errors;

namespace SuperOfficeProvisioning.Engine.Apps.Handlers;

/// <summary>
/// One kind of object the application owns, changed only as its install record allows: a create is announced in the
/// record first and recorded when it answers; an update, revival or delete touches only the recorded object; an object
/// that merely answers to the manifest's name is reported as ObjectNotOwned and left alone. The kinds supply how to
/// find, compare, create, update and delete their objects, each in one place.
/// </summary>
internal abstract class OwnedObjectHandler<TDesired, TScope> : ProvisioningHandler
    where TScope : class
{
    protected abstract string IdField { get; }

    protected virtual string DeleteAction => "Delete";

    protected abstract IEnumerable<TDesired> Desired(ProvisioningContext context);

    protected abstract ApplicationObjectResult NewRow(ProvisioningContext context, TDesired desired);

    protected abstract string Target(TDesired desired);

    /// <summary>Where the object lives (its list, for an item); null, with the row's status set, when it cannot exist yet.</summary>
    protected abstract Task<TScope?> ScopeAsync(ProvisioningContext context, TDesired desired, ApplicationObjectResult row, HandlerMode mode, CancellationToken cancellationToken);

    protected abstract RecordedObject Recorded(ProvisioningContext context, TDesired desired, TScope scope);

    /// <summary>The objects among which the desired one is found; <paramref name="fresh"/> reads them again.</summary>
    protected abstract Task<IReadOnlyList<JObject>> ObjectsAsync(ProvisioningContext context, TScope scope, bool fresh, CancellationToken cancellationToken);

    protected abstract bool Matches(JObject existing, TDesired desired);

    protected abstract Task<List<FieldDifference>> CompareAsync(ProvisioningContext context, TScope scope, TDesired desired, JObject found, CancellationToken cancellationToken);

    /// <summary>Checks what a write needs before anything is written (an item's user groups, say).</summary>
    protected virtual Task PrepareAsync(ProvisioningContext context, TDesired desired, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Refuses, with a clearer error than ObjectNotOwned, foreign candidates the kind can never own (a built-in list of that name, say).</summary>
    protected virtual void CheckCandidates(TDesired desired, IEnumerable<JObject> candidates)
    {
    }

    protected abstract Task<JObject> CreateAsync(ProvisioningContext context, TScope scope, TDesired desired, CancellationToken cancellationToken);

    /// <summary>What follows a create once it is recorded (an item's visibility, say).</summary>
    protected virtual Task AfterCreateAsync(ProvisioningContext context, TScope scope, TDesired desired, ApplicationObjectResult row, CancellationToken cancellationToken) => Task.CompletedTask;

    protected abstract Task UpdateAsync(ProvisioningContext context, TScope scope, TDesired desired, JObject found, ApplicationObjectResult row, CancellationToken cancellationToken);

    protected abstract Task DeleteAsync(ProvisioningContext context, TScope scope, JObject existing, CancellationToken cancellationToken);

    /// <summary>-WhatIf or a "no" kept the object from being created.</summary>
    protected virtual void NotCreated(ProvisioningContext context, TDesired desired)
    {
    }

    /// <summary>
    /// Plans every object of the kind from what the tenant holds (found, claimed, compared) before any of them is
    /// written, asks about the batch (-WhatIf, -Confirm), then applies it object by object.
    /// </summary>
    public override async Task InstallAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        var plans = new List<PlannedObject<TDesired, TScope>>();
        foreach (var desired in Desired(context).ToList())
        {
            var row = NewRow(context, desired);
            if (await context.PlanAsync(row, () => PlanOneAsync(context, desired, row, cancellationToken)).ConfigureAwait(false) is { } planned)
            {
                plans.Add(planned);
            }
        }

        foreach (var planned in plans.Where(p => p.Action is not null))
        {
            planned.Approved = context.MayWrite(planned.Row, Target(planned.Desired), planned.Action!);
        }

        foreach (var planned in plans)
        {
            await context.HandleAsync(planned.Row, () => ApplyOneAsync(context, planned, cancellationToken)).ConfigureAwait(false);
        }
    }

    public override async Task TestAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        foreach (var desired in Desired(context).ToList())
        {
            var row = NewRow(context, desired);
            await context.HandleAsync(row, async () =>
            {
                if (await ScopeAsync(context, desired, row, HandlerMode.Test, cancellationToken).ConfigureAwait(false) is not { } scope)
                {
                    return;
                }

                var claim = await ClaimAsync(context, desired, scope, row, cancellationToken).ConfigureAwait(false);
                var differences = claim.Owned is null ? new List<FieldDifference>()
                    : await CompareAsync(context, scope, desired, claim.Owned, cancellationToken).ConfigureAwait(false);
                if (claim.Owned is not null && (claim.NeedsRecording || claim.Entry.CreateAnnounced))
                {
                    differences.Add(new FieldDifference("Recorded", false, true));
                }

                Plan(row, claim.Owned, IdField, differences, testing: true);
                NoteCopies(row, claim.Copies.Count);
            }).ConfigureAwait(false);
        }
    }

    public override async Task UninstallAsync(ProvisioningContext context, CancellationToken cancellationToken)
    {
        foreach (var desired in Desired(context).Reverse().ToList())
        {
            var row = NewRow(context, desired);
            await context.HandleAsync(row, () => UninstallOneAsync(context, desired, row, cancellationToken)).ConfigureAwait(false);
        }
    }

    /// <summary>One object's plan: where it lives, what the install record says of it, and how it differs; nothing is written.</summary>
    private async Task<PlannedObject<TDesired, TScope>> PlanOneAsync(ProvisioningContext context, TDesired desired, ApplicationObjectResult row, CancellationToken cancellationToken)
    {
        if (await ScopeAsync(context, desired, row, HandlerMode.Install, cancellationToken).ConfigureAwait(false) is not { } scope)
        {
            return new PlannedObject<TDesired, TScope>(desired, row, null, null);
        }

        var claim = await ClaimAsync(context, desired, scope, row, cancellationToken).ConfigureAwait(false);
        await PrepareAsync(context, desired, cancellationToken).ConfigureAwait(false);
        var differences = claim.Owned is null ? new List<FieldDifference>()
            : await CompareAsync(context, scope, desired, claim.Owned, cancellationToken).ConfigureAwait(false);
        Plan(row, claim.Owned, IdField, differences, testing: false);
        context.ReconcileEarlier(row, exists: claim.Owned is not null, inSync: differences.Count == 0);
        var planned = new PlannedObject<TDesired, TScope>(desired, row, scope, claim);
        if (row.Status != ApplicationObjectStatus.Unchanged || claim.NeedsRecording)
        {
            if (claim.NeedsRecording)
            {
                row.Detail = "Found again after a create that was not recorded; now recorded as the application's.";
            }

            planned.Action = row.Status == ApplicationObjectStatus.Unchanged ? "Record as the application's" : ActionOf(row);
        }

        return planned;
    }

    /// <summary>Writes what the plan approved, removes copies a retried create left, and settles the install record.</summary>
    private async Task ApplyOneAsync(ProvisioningContext context, PlannedObject<TDesired, TScope> planned, CancellationToken cancellationToken)
    {
        if (planned.Scope is not { } scope || planned.Claim is not { } claim)
        {
            return;
        }

        var (desired, row) = (planned.Desired, planned.Row);
        var copies = new List<JObject>(claim.Copies);
        var settled = true;
        if (planned.Action is not null)
        {
            if (planned.Approved)
            {
                copies.AddRange(await WriteAsync(context, scope, desired, claim, row, cancellationToken).ConfigureAwait(false));
            }
            else
            {
                settled = false;
                if (claim.Owned is null)
                {
                    NotCreated(context, desired);
                }
            }
        }

        foreach (var copy in copies)
        {
            settled &= await RemoveCopyAsync(context, scope, desired, copy, row.Id, cancellationToken).ConfigureAwait(false);
        }

        // The announcement goes last, once every copy made under it is gone: until then a re-run can still tell them apart.
        if (settled && (claim.Entry.CreateAnnounced || row.Status == ApplicationObjectStatus.Created)
            && (planned.Approved || context.MayWrite(row, Target(desired), "Complete the install record")))
        {
            await context.Record.SettleAsync(claim.Item, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Creates (announced first, recorded as soon as it answers) or updates the owned object; returns copies a retried create left.</summary>
    private async Task<List<JObject>> WriteAsync(ProvisioningContext context, TScope scope, TDesired desired, Claim claim, ApplicationObjectResult row, CancellationToken cancellationToken)
    {
        if (claim.Owned is not null)
        {
            if (claim.NeedsRecording)
            {
                await context.Record.RecordAsync(claim.Item, claim.OwnedId!.Value, cancellationToken).ConfigureAwait(false);
            }

            if (claim.StaleRecordId is int replaced)
            {
                await context.Record.ForgetAsync(claim.Item, replaced, cancellationToken).ConfigureAwait(false);
            }

            if (row.Status != ApplicationObjectStatus.Unchanged)
            {
                await context.Log.RecordAsync(context.Audited("UpdateObject", row, row.Differences),
                    () => UpdateAsync(context, scope, desired, claim.Owned, row, cancellationToken)).ConfigureAwait(false);
            }

            return new List<JObject>();
        }

        if (!claim.Entry.CreateAnnounced)
        {
            await context.Record.AnnounceAsync(claim.Item, cancellationToken).ConfigureAwait(false);
        }

        var change = context.Audited("CreateObject", row);
        JObject created = null!;
        await context.Log.RecordAsync(change, async () =>
        {
            created = await CreateOrFindMadeAsync(context, scope, desired, cancellationToken).ConfigureAwait(false);
            change.ObjectId = ((int?)created[IdField])?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }).ConfigureAwait(false);
        row.Id = (int?)created[IdField];
        await context.Record.RecordAsync(claim.Item, row.Id!.Value, cancellationToken).ConfigureAwait(false);
        if (claim.StaleRecordId is int stale)
        {
            await context.Record.ForgetAsync(claim.Item, stale, cancellationToken).ConfigureAwait(false);
        }

        await AfterCreateAsync(context, scope, desired, row, cancellationToken).ConfigureAwait(false);

        // Nothing answered to the identity before the announcement, so whatever does now besides the answer is a copy
        // a retried create made.
        var now = await ObjectsAsync(context, scope, fresh: true, cancellationToken).ConfigureAwait(false);
        return now.Where(o => Matches(o, desired) && (int?)o[IdField] != row.Id).ToList();
    }

    /// <summary>
    /// Creates the object. When the create fails but the object is there now (its answer was lost and the retry was
    /// refused as a duplicate), it is the one this create made: nothing answered to its identity when the create was
    /// announced, so it is taken as the answer rather than failed or made again.
    /// </summary>
    private async Task<JObject> CreateOrFindMadeAsync(ProvisioningContext context, TScope scope, TDesired desired, CancellationToken cancellationToken)
    {
        try
        {
            return await CreateAsync(context, scope, desired, cancellationToken).ConfigureAwait(false);
        }
        catch (SoException ex) when (!ProvisioningContext.EndsTheRun(ex))
        {
            var made = (await ObjectsAsync(context, scope, fresh: true, cancellationToken).ConfigureAwait(false))
                .Where(o => Matches(o, desired)).OrderBy(o => (int?)o[IdField]).FirstOrDefault();
            if (made is null)
            {
                throw;
            }

            EngineLog.Current.Verbose($"{Target(desired)}: the create failed ({ex.Message}), but the object it made is there (id {made[IdField]}); it is the application's.");
            return made;
        }
    }

    private async Task<bool> RemoveCopyAsync(ProvisioningContext context, TScope scope, TDesired desired, JObject copy, int? keptId, CancellationToken cancellationToken)
    {
        var extra = NewRow(context, desired);
        extra.Id = (int?)copy[IdField];
        extra.Status = ApplicationObjectStatus.Removed;
        extra.Detail = keptId is null ? "A copy a retried create left." : $"A copy of {keptId} a retried create left.";
        var removed = context.MayWrite(extra, Target(desired) + $" (copy {extra.Id})", "Delete");
        if (removed)
        {
            await DeleteOneAsync(context, scope, copy, extra, cancellationToken).ConfigureAwait(false);
        }

        context.Observer.Report(extra);
        return removed;
    }

    private async Task UninstallOneAsync(ProvisioningContext context, TDesired desired, ApplicationObjectResult row, CancellationToken cancellationToken)
    {
        if (await ScopeAsync(context, desired, row, HandlerMode.Uninstall, cancellationToken).ConfigureAwait(false) is not { } scope)
        {
            return;
        }

        var claim = await ClaimAsync(context, desired, scope, row, cancellationToken).ConfigureAwait(false);
        context.ReconcileEarlier(row, exists: claim.Owned is not null, inSync: false);
        if (claim.Owned is null)
        {
            row.Status = ApplicationObjectStatus.Absent;
            if ((claim.StaleRecordId is not null || claim.Entry.CreateAnnounced) && context.MayWrite(row, Target(desired), "Forget the install record"))
            {
                await ForgetAsync(context, claim, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var mine = new[] { claim.Owned }.Concat(claim.Copies).ToList();
        row.Id = claim.OwnedId;
        row.Status = ApplicationObjectStatus.Removed;
        row.Detail = mine.Count > 1 ? $"{mine.Count} copies removed." : row.Detail;
        if (context.MayWrite(row, Target(desired), DeleteAction))
        {
            foreach (var existing in mine)
            {
                await DeleteOneAsync(context, scope, existing, row, cancellationToken).ConfigureAwait(false);
            }

            await ForgetAsync(context, claim, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The one place an object of this kind is deleted (a copy or the object itself).</summary>
    private Task DeleteOneAsync(ProvisioningContext context, TScope scope, JObject existing, ApplicationObjectResult row, CancellationToken cancellationToken)
    {
        var change = context.Audited("DeleteObject", row);
        change.ObjectId = ((int?)existing[IdField])?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return context.Log.RecordAsync(change, async () =>
        {
            try
            {
                await DeleteAsync(context, scope, existing, cancellationToken).ConfigureAwait(false);
            }
            catch (SoException ex) when (ex.Kind == SoErrorKind.NotFound)
            {
                // Gone already: a retry of a delete whose answer was lost, or someone was quicker. Gone is what was asked.
            }
        });
    }

    /// <summary>Removes the object's keys; only after the objects themselves, so a failed delete leaves them owned.</summary>
    private static async Task ForgetAsync(ProvisioningContext context, Claim claim, CancellationToken cancellationToken)
    {
        if (claim.Entry.RecordId is int recorded)
        {
            await context.Record.ForgetAsync(claim.Item, recorded, cancellationToken).ConfigureAwait(false);
        }

        if (claim.Entry.CreateAnnounced)
        {
            await context.Record.SettleAsync(claim.Item, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads what the install record says of the object; only foreign objects answering to it stop its work here.</summary>
    private async Task<Claim> ClaimAsync(ProvisioningContext context, TDesired desired, TScope scope, ApplicationObjectResult row, CancellationToken cancellationToken)
    {
        var all = await ObjectsAsync(context, scope, fresh: false, cancellationToken).ConfigureAwait(false);
        var claim = await Claim.ResolveAsync(context.Record, Recorded(context, desired, scope), all, o => Matches(o, desired), IdField, cancellationToken).ConfigureAwait(false);
        if (claim.Owned is null)
        {
            CheckCandidates(desired, claim.Foreign);
        }

        claim.RefuseForeign(row, Target(desired), context.Application.Name);
        return claim;
    }
}

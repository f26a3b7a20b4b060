using System;
using System.Linq;
using SuperOfficeProvisioning.Engine.Tenants;

namespace SuperOfficeProvisioning.Engine.Apps.Provisioning;

/// <summary>
/// One tenant's line when Install-, Test- or Uninstall-SoApplication runs over many connections: how it ended, what
/// it did to the application's objects (counts by status), what it cost, and why it failed. Every property is a
/// single value, so the results export to CSV as they are.
/// </summary>
public sealed class TenantResult
{
    private TenantResult(string contextIdentifier, string application, string operation)
    {
        ContextIdentifier = contextIdentifier;
        Application = application;
        Operation = operation;
    }

    public string ContextIdentifier { get; }

    /// <summary>The application's name (the manifest's "name").</summary>
    public string Application { get; }

    /// <summary>Install, Test or Uninstall.</summary>
    public string Operation { get; }

    /// <summary>Succeeded, Failed or WhatIf (see <see cref="TenantResultStatus"/>).</summary>
    public string Status { get; private set; } = TenantResultStatus.Succeeded;

    /// <summary>How many of the application's objects the run handled (the rows the report lists).</summary>
    public int Objects { get; private set; }

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public int Revived { get; private set; }

    /// <summary>Removed: by an uninstall, or pruned by an install because the manifest no longer declares them.</summary>
    public int Removed { get; private set; }

    /// <summary>Objects an uninstall found already gone.</summary>
    public int Absent { get; private set; }

    /// <summary>Objects not written because -Confirm was answered no.</summary>
    public int Skipped { get; private set; }

    /// <summary>Objects found in the tenant that the install record does not say the application made: left alone.</summary>
    public int NotOwned { get; private set; }

    /// <summary>Objects whose write or read failed; the tenant's other objects were still handled.</summary>
    public int Failed { get; private set; }

    public int InSync { get; private set; }

    public int Missing { get; private set; }

    public int Drifted { get; private set; }

    public int NotInManifest { get; private set; }

    /// <summary>HTTP attempts this tenant's run sent, retries included; nothing another tenant sent.</summary>
    public long Requests { get; private set; }

    public TimeSpan Duration { get; private set; }

    /// <summary>The shard of the tenant list the connection was made for (Connect-SoTenant -Shard), if any.</summary>
    public string? Shard { get; private set; }

    /// <summary>The error id of what failed: the tenant's failure, else the first object's.</summary>
    public string? ErrorId { get; private set; }

    /// <summary>What failed, for the person reading the summary: the tenant's failure, else the first object's, and how many more.</summary>
    public string? Error { get; private set; }

    /// <summary>The line for a tenant's run: its rows from <paramref name="objects"/>, its end from <paramref name="run"/>.</summary>
    public static TenantResult From<T>(string operation, string application, TenantRun<T> run, TenantObjectHost objects, TenantShard? shard, bool whatIf)
    {
        var rows = objects.Rows;
        int Count(string status) => rows.Count(row => row.Status == status);
        var result = new TenantResult(run.Tenant, application, operation)
        {
            Objects = rows.Count,
            Created = Count(ApplicationObjectStatus.Created),
            Updated = Count(ApplicationObjectStatus.Updated),
            Unchanged = Count(ApplicationObjectStatus.Unchanged),
            Revived = Count(ApplicationObjectStatus.Revived),
            Removed = Count(ApplicationObjectStatus.Removed),
            Absent = Count(ApplicationObjectStatus.Absent),
            Skipped = Count(ApplicationObjectStatus.Skipped),
            NotOwned = Count(ApplicationObjectStatus.NotOwned),
            Failed = Count(ApplicationObjectStatus.Failed),
            InSync = Count(ApplicationObjectStatus.InSync),
            Missing = Count(ApplicationObjectStatus.Missing),
            Drifted = Count(ApplicationObjectStatus.Drifted),
            NotInManifest = Count(ApplicationObjectStatus.NotInManifest),
            Requests = run.Requests,
            Duration = run.Duration,
            Shard = shard?.ToString(),
        };

        var failed = rows.Where(row => objects.FailureOf(row) is not null).ToList();
        if (run.Failure is { } failure)
        {
            result.ErrorId = failure.ErrorId;
            result.Error = failure.Message;
        }
        else if (failed.Count > 0)
        {
            var first = objects.FailureOf(failed[0])!;
            result.ErrorId = first.ErrorId;
            result.Error = $"{failed[0].Kind} '{failed[0].Key}': {first.Message}" + (failed.Count > 1 ? $" (and {failed.Count - 1} more objects failed)" : string.Empty);
        }

        result.Status = result.Error is not null ? TenantResultStatus.Failed : whatIf ? TenantResultStatus.WhatIf : TenantResultStatus.Succeeded;
        return result;
    }

    public override string ToString() => $"{ContextIdentifier}: {Operation} {Application} {Status}";
}

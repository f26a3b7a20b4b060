using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Apps.Handlers;

/// <summary>
/// One kind of object an application owns. Install creates, updates only the differing fields, or revives; Test
/// compares; Uninstall removes the objects the install record says the application created.
/// </summary>
internal abstract class ProvisioningHandler
{
    public abstract Task InstallAsync(ProvisioningContext context, CancellationToken cancellationToken);

    public abstract Task TestAsync(ProvisioningContext context, CancellationToken cancellationToken);

    public abstract Task UninstallAsync(ProvisioningContext context, CancellationToken cancellationToken);

    /// <summary>The desired fields plus Deleted = false: a soft-deleted object is revived, not recreated.</summary>
    protected static JObject Alive(JObject fields)
    {
        var wanted = (JObject)fields.DeepClone();
        wanted["Deleted"] = false;
        return wanted;
    }

    /// <summary>Sets the row's status from what was found and how it differs.</summary>
    protected static void Plan(ApplicationObjectResult row, JObject? found, string idField, IEnumerable<FieldDifference> differences, bool testing)
    {
        if (found is null)
        {
            row.Status = testing ? ApplicationObjectStatus.Missing : ApplicationObjectStatus.Created;
            return;
        }

        row.Id = (int?)found[idField];
        row.Differences.AddRange(differences);
        if (testing)
        {
            row.Status = row.Differences.Count == 0 ? ApplicationObjectStatus.InSync : ApplicationObjectStatus.Drifted;
        }
        else if (row.Differences.Count == 0)
        {
            row.Status = ApplicationObjectStatus.Unchanged;
        }
        else
        {
            row.Status = (bool?)found["Deleted"] == true ? ApplicationObjectStatus.Revived : ApplicationObjectStatus.Updated;
        }
    }

    /// <summary>How a planned write is put to -WhatIf and -Confirm.</summary>
    protected static string ActionOf(ApplicationObjectResult row) => row.Status switch
    {
        ApplicationObjectStatus.Created => "Create",
        ApplicationObjectStatus.Revived => "Revive (" + string.Join(", ", row.ChangedFields) + ")",
        _ => "Update " + string.Join(", ", row.ChangedFields),
    };

    /// <summary>The current entity with the differing fields set to the manifest's values.</summary>
    protected static JObject Merge(JObject current, IEnumerable<FieldDifference> differences, JObject desired)
    {
        var merged = (JObject)current.DeepClone();
        foreach (var difference in differences.Where(d => desired[d.Field] is not null))
        {
            merged[difference.Field] = desired[difference.Field]!.DeepClone();
        }

        return merged;
    }

    /// <summary>In a test, extra copies of the application's object are drift of their own.</summary>
    protected static void NoteCopies(ApplicationObjectResult row, int copies)
    {
        if (copies > 0)
        {
            row.Differences.Add(new FieldDifference("Copies", copies + 1, 1));
            row.Status = ApplicationObjectStatus.Drifted;
            row.Detail = $"The application has {copies + 1} copies of this object; an install keeps one.";
        }
    }
}

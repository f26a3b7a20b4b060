using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>
/// Which of the tenant's objects answering to one desired object are the application's, by its install record: the
/// one it recorded, or, while a create is announced, everything that appeared under the identity (the oldest kept,
/// the rest copies a retried create left). Anything else that answers to the identity is in the way, and not the app's.
/// </summary>
internal sealed class Claim
{
    private Claim(RecordedObject item, RecordEntry entry, JObject? owned, List<JObject> copies, List<JObject> foreign, string idField)
    {
        Item = item;
        Entry = entry;
        Owned = owned;
        Copies = copies;
        Foreign = foreign;
        IdField = idField;
    }

    public RecordedObject Item { get; }

    public RecordEntry Entry { get; }

    /// <summary>The application's object; null when it has none (yet).</summary>
    public JObject? Owned { get; }

    /// <summary>More of the application's own copies, made under an announced create: they go.</summary>
    public List<JObject> Copies { get; }

    /// <summary>Objects that answer to the identity but are not the application's: never changed.</summary>
    public List<JObject> Foreign { get; }

    public string IdField { get; }

    public int? OwnedId => (int?)Owned?[IdField];

    /// <summary>The owned object was found under an announced create and is not recorded yet.</summary>
    public bool NeedsRecording => Owned is not null && Entry.RecordId != OwnedId;

    /// <summary>The record names an object the tenant no longer has.</summary>
    public int? StaleRecordId => Entry.RecordId is int id && id != OwnedId ? id : (int?)null;

    public static async Task<Claim> ResolveAsync(InstallRecord record, RecordedObject item, IReadOnlyList<JObject> all,
        System.Func<JObject, bool> matches, string idField, CancellationToken cancellationToken)
    {
        var entry = await record.ReadAsync(item, cancellationToken).ConfigureAwait(false);
        var candidates = all.Where(matches).ToList();
        var recorded = entry.RecordId is int id ? all.FirstOrDefault(o => (int?)o[idField] == id) : null;
        if (entry.CreateAnnounced)
        {
            var mine = candidates.Concat(recorded is null ? Enumerable.Empty<JObject>() : new[] { recorded })
                .GroupBy(o => (int?)o[idField]).Select(g => g.First()).ToList();
            var kept = recorded ?? Match.Pick(mine, idField).Found;
            return new Claim(item, entry, kept, mine.Where(o => !ReferenceEquals(o, kept)).ToList(), new List<JObject>(), idField);
        }

        return recorded is not null
            ? new Claim(item, entry, recorded, new List<JObject>(), new List<JObject>(), idField)
            : new Claim(item, entry, null, new List<JObject>(), candidates, idField);
    }

    /// <summary>Stops the object's work with ObjectNotOwned when only foreign objects answer to it.</summary>
    public void RefuseForeign(ApplicationObjectResult row, string target, string application)
    {
        if (Owned is not null || Foreign.Count == 0)
        {
            return;
        }

        var ids = Foreign.Select(o => (int?)o[IdField]).ToList();
        row.Id = ids[0];
        var what = ids.Count == 1 ? $"{ids[0]}" : string.Join(", ", ids);
        throw new ObjectNotOwnedException(
            $"{target} already exists in the tenant (id {what}) but the install record of '{application}' does not say the application created it: it is left as it is. "
            + "Rename the object in the manifest, or remove the tenant's own object by hand if it really is the application's.");
    }
}

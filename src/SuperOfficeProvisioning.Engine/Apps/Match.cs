using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>The object a desired one matches (not deleted preferred, then the oldest), and any duplicates of it.</summary>
internal sealed class Match
{
    private Match(JObject? found, List<JObject> duplicates)
    {
        Found = found;
        Duplicates = duplicates;
    }

    public JObject? Found { get; }

    public List<JObject> Duplicates { get; }

    public static Match Pick(IEnumerable<JObject> candidates, string idField)
    {
        var ordered = candidates.OrderBy(c => (bool?)c["Deleted"] == true).ThenBy(c => (int?)c[idField] ?? int.MaxValue).ToList();
        return new Match(ordered.FirstOrDefault(), ordered.Skip(1).ToList());
    }

    public static List<FieldDifference> Compare(JObject desired, JObject? current)
    {
        var differences = new List<FieldDifference>();
        foreach (var field in desired.Properties())
        {
            var have = current?[field.Name];
            if (!ManifestFields.SameValue(field.Name, have, field.Value))
            {
                differences.Add(new FieldDifference(field.Name, FieldDifference.ValueOf(have), FieldDifference.ValueOf(field.Value)));
            }
        }

        return differences;
    }
}

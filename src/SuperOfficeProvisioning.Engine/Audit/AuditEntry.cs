using System;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Audit;

/// <summary>
/// One line of the audit log, as JSON: <c>time</c>, <c>run</c>, <c>command</c>, <c>phase</c>, <c>action</c>,
/// <c>target</c>, and when they apply <c>group</c>, <c>groupId</c>, <c>scimId</c>, <c>application</c>, <c>kind</c>, <c>objectId</c>, <c>attributes</c>, <c>error</c> (with <c>uncertain</c> when the change may still have been made),
/// and on reconciled lines <c>outcome</c> (applied / notApplied) with <c>intentRun</c>, the run that intended it.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry(JObject json) => Json = json;

    public JObject Json { get; }

    public string Run => (string?)Json["run"] ?? string.Empty;

    public string Command => (string?)Json["command"] ?? string.Empty;

    public AuditPhase? Phase => Enum.TryParse<AuditPhase>((string?)Json["phase"], ignoreCase: true, out var phase) ? phase : null;

    /// <summary>For a reconciled line, the run whose intent it settles.</summary>
    public string IntentRun => (string?)Json["intentRun"] ?? Run;

    public string Key => (string?)Json["key"] ?? string.Empty;

    /// <summary>A failure after which the change may still have been made.</summary>
    public bool Uncertain => (bool?)Json["uncertain"] == true;

    public AuditChange Change
    {
        get
        {
            var change = new AuditChange((string?)Json["action"] ?? string.Empty, (string?)Json["target"] ?? string.Empty)
            {
                Group = (string?)Json["group"],
                GroupId = (string?)Json["groupId"],
                ScimId = (string?)Json["scimId"],
                Application = (string?)Json["application"],
                Kind = (string?)Json["kind"],
                ObjectId = (string?)Json["objectId"],
            };
            if (Json["attributes"] is JObject attributes)
            {
                change.Attributes = attributes.Properties().ToDictionary(p => p.Name, p => p.Value.Type == JTokenType.Null ? null : p.Value.ToString(), StringComparer.Ordinal);
            }

            return change;
        }
    }

    internal static AuditEntry Create(string run, string command, string key, AuditPhase phase, AuditChange change, string? error, string? outcome, string? intentRun, bool uncertain)
    {
        var json = new JObject
        {
            ["time"] = DateTimeOffset.UtcNow.ToString("o"),
            ["run"] = run,
            ["command"] = command,
            ["key"] = key,
            ["phase"] = ToCamel(phase.ToString()),
            ["action"] = change.Action,
            ["target"] = change.Target,
        };
        Add(json, "group", change.Group);
        Add(json, "groupId", change.GroupId);
        Add(json, "scimId", change.ScimId);
        Add(json, "application", change.Application);
        Add(json, "kind", change.Kind);
        Add(json, "objectId", change.ObjectId);
        if (change.Attributes is { Count: > 0 })
        {
            json["attributes"] = new JObject(change.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new JProperty(a.Key, a.Value)));
        }

        Add(json, "error", error);
        if (uncertain)
        {
            json["uncertain"] = true;
        }

        Add(json, "outcome", outcome);
        Add(json, "intentRun", intentRun);
        return new AuditEntry(json);
    }

    /// <summary>The entry a line holds; null for a line that is not one (torn by a kill, or not ours).</summary>
    internal static AuditEntry? Parse(string line)
    {
        try
        {
            return JToken.Parse(line) is JObject json && json["run"] is not null && json["phase"] is not null ? new AuditEntry(json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public override string ToString() => Json.ToString(Formatting.None);

    private static void Add(JObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }

    private static string ToCamel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}

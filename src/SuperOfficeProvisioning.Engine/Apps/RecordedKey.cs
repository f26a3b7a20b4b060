using System;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>
/// One object's key as the record holds it: its kind (the key name's first word), its identity (the key's value, upper
/// case for names SuperOffice compares ignoring case), its table and record id, and whether only its create was announced.
/// </summary>
internal sealed class RecordedKey
{
    private RecordedKey(string keyName, string kind, string identity, string table, int recordId, bool announced)
    {
        KeyName = keyName;
        Kind = kind;
        Identity = identity;
        Table = table;
        RecordId = recordId;
        Announced = announced;
    }

    /// <summary>The object's own key name, without the announcement's suffix.</summary>
    public string KeyName { get; }

    public string Kind { get; }

    public string Identity { get; }

    public string Table { get; }

    public int RecordId { get; }

    public bool Announced { get; }

    /// <summary>The same key with its identity as the tenant spells it (the same but for case).</summary>
    public RecordedKey WithIdentity(string identity) => new RecordedKey(KeyName, Kind, identity, Table, RecordId, Announced);

    /// <summary>Null for a key that is not one of an object (someone else's, on the same device).</summary>
    public static RecordedKey? Parse(string keyName, string? value, string? table, int recordId)
    {
        var announced = keyName.EndsWith(InstallRecord.AnnouncedSuffix, StringComparison.Ordinal);
        var own = announced ? keyName.Substring(0, keyName.Length - InstallRecord.AnnouncedSuffix.Length) : keyName;
        var dot = own.IndexOf('.');
        var kind = dot > 0 ? own.Substring(0, dot) : string.Empty;
        var known = kind is ApplicationObjectKind.List or ApplicationObjectKind.ListItem or ApplicationObjectKind.WebPanel or ApplicationObjectKind.Button or ApplicationObjectKind.TaskMenu;
        return known && !string.IsNullOrEmpty(value) ? new RecordedKey(own, kind, value!, table ?? string.Empty, recordId, announced) : null;
    }
}

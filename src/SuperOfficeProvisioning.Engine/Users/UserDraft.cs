using System.Collections.Generic;
using System.Linq;

namespace SuperOfficeProvisioning.Engine.Users;

/// <summary>
/// A user as the input says it should be, validated: one value per <see cref="UserField"/>. A null value was not
/// given (and is left alone); an empty string clears it.
/// </summary>
public sealed class UserDraft
{
    private readonly string?[] _values = new string?[UserField.All.Count];
    private int _given;

    /// <summary>The value of a text field; <see cref="UserField.Enabled"/> is <see cref="Enabled"/>.</summary>
    public string? this[UserField field]
    {
        get => _values[field.Index];
        set => _values[field.Index] = value;
    }

    public string UserName
    {
        get => this[UserField.UserName] ?? string.Empty;
        set => this[UserField.UserName] = value;
    }

    public string? ExternalId
    {
        get => this[UserField.ExternalId];
        set => this[UserField.ExternalId] = value;
    }

    public bool? Enabled { get; set; }

    /// <summary>Which input record this came from, for messages: its user name, external id or position.</summary>
    public string RecordLabel =>
        UserName.Length > 0 ? $"'{UserName}'"
        : !string.IsNullOrEmpty(ExternalId) ? $"with external id '{ExternalId}'"
        : $"#{Position} of the input";

    /// <summary>1-based position of the record in the input.</summary>
    public int Position { get; set; }

    /// <summary>The names of the fields the input gave (Set-SoUser compares only those).</summary>
    public IEnumerable<string> GivenFields => UserField.All.Where(IsGiven).Select(f => f.Name);

    /// <summary>Whether the input gave the field; kept as bits, since a sync may hold 100,000 drafts.</summary>
    public bool IsGiven(UserField field) => (_given & (1 << field.Index)) != 0;

    public void MarkGiven(UserField field) => _given |= 1 << field.Index;

    /// <summary>A warning about the record that does not stop it (a look-alike user name), for the cmdlet to show.</summary>
    public string? Warning { get; set; }

    /// <summary>What the caller passed in, reported as the target of errors and output.</summary>
    public object? Source { get; set; }
}

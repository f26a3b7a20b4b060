using System.Collections.Generic;
using System.Linq;

namespace SuperOfficeProvisioning.Engine.Users;

/// <summary>
/// A user as the input says it should be, validated. A null attribute was not given (and is left alone);
/// an empty string clears it.
/// </summary>
public sealed class UserDraft
{
    public string UserName { get; set; } = string.Empty;

    public string? ExternalId { get; set; }

    public string? GivenName { get; set; }

    public string? Surname { get; set; }

    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public string? JobTitle { get; set; }

    public string? Department { get; set; }

    public string? MobilePhone { get; set; }

    public string? BusinessPhone { get; set; }

    public string? EmployeeId { get; set; }

    public string? PreferredLanguage { get; set; }

    public bool? Enabled { get; set; }

    /// <summary>Which input record this came from, for messages: its user name, external id or position.</summary>
    public string RecordLabel =>
        UserName.Length > 0 ? $"'{UserName}'"
        : !string.IsNullOrEmpty(ExternalId) ? $"with external id '{ExternalId}'"
        : $"#{Position} of the input";

    /// <summary>1-based position of the record in the input.</summary>
    public int Position { get; set; }

    private int _given;

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

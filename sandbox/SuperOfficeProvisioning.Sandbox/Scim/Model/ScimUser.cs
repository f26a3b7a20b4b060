using System.Text.Json.Serialization;

namespace SuperOfficeProvisioning.Sandbox.Scim.Model;

/// <summary>A SCIM user as the gateway stores it. Immutable: every change makes a new record.</summary>
internal sealed record ScimUser
{
    private static readonly IReadOnlyList<ScimTypedValue> NoValues = Array.Empty<ScimTypedValue>();

    public string Id { get; init; } = "";

    public string? ExternalId { get; init; }

    public string UserName { get; init; } = "";

    public ScimName? Name { get; init; }

    public string? DisplayName { get; init; }

    public string? Title { get; init; }

    public string? PreferredLanguage { get; init; }

    public bool Active { get; init; } = true;

    public IReadOnlyList<ScimTypedValue> Emails { get; init; } = [];

    public IReadOnlyList<ScimTypedValue> PhoneNumbers { get; init; } = [];

    public ScimEnterpriseAttributes? Enterprise { get; init; }

    public DateTimeOffset Created { get; init; }

    public DateTimeOffset LastModified { get; init; }

    /// <summary>The name SuperOffice shows: displayName, else the formatted or composed name, else the userName.</summary>
    [JsonIgnore]
    public string FullName => DisplayName ?? Name?.Formatted ?? ComposedName ?? UserName;

    private string? ComposedName =>
        string.Join(' ', new[] { Name?.GivenName, Name?.FamilyName }.OfType<string>()) is { Length: > 0 } composed ? composed : null;

    /// <summary>The primary email, else the first one.</summary>
    [JsonIgnore]
    public string? PrimaryEmail => (Emails.FirstOrDefault(email => email.Primary) ?? Emails.FirstOrDefault())?.Value;

    /// <summary>Whether both records hold the same attributes (the lists compared element by element).</summary>
    public bool HasSameAttributesAs(ScimUser other) =>
        this with { Emails = NoValues, PhoneNumbers = NoValues } == other with { Emails = NoValues, PhoneNumbers = NoValues } &&
        Emails.SequenceEqual(other.Emails) && PhoneNumbers.SequenceEqual(other.PhoneNumbers);
}

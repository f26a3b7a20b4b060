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

internal sealed record ScimName(string? Formatted, string? FamilyName, string? GivenName);

/// <summary>An element of <c>emails</c> or <c>phoneNumbers</c>.</summary>
internal sealed record ScimTypedValue(string Value, string? Type, bool Primary);

/// <summary>The enterprise extension's attributes; <see cref="ManagerId"/> is the manager's SCIM id.</summary>
internal sealed record ScimEnterpriseAttributes(string? EmployeeNumber, string? Department, string? ManagerId);

/// <summary>A SCIM group without its members (the store keeps those in a set).</summary>
internal sealed record ScimGroup
{
    public string Id { get; init; } = "";

    public string? ExternalId { get; init; }

    public string DisplayName { get; init; } = "";

    public DateTimeOffset Created { get; init; }

    public DateTimeOffset LastModified { get; init; }
}

/// <summary>A member as a group shows it: the user's id and display text.</summary>
internal readonly record struct GroupMember(string UserId, string Display);

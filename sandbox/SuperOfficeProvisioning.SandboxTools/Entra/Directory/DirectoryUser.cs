namespace SuperOfficeProvisioning.SandboxTools.Entra.Directory;

/// <summary>A user as the directory file stores it, with every property Graph can return (camelCase in JSON).</summary>
public sealed record DirectoryUser
{
    public required string Id { get; init; }
    public required string UserPrincipalName { get; init; }
    public string? DisplayName { get; init; }
    public string? GivenName { get; init; }
    public string? Surname { get; init; }
    public string? Mail { get; init; }
    public string? MailNickname { get; init; }
    public bool AccountEnabled { get; init; } = true;
    public string? Department { get; init; }
    public string? JobTitle { get; init; }
    public IReadOnlyList<string> BusinessPhones { get; init; } = [];
    public string? MobilePhone { get; init; }
    public string? EmployeeId { get; init; }
    public string? EmployeeType { get; init; }
    public string? PreferredLanguage { get; init; }
    public string? OfficeLocation { get; init; }
    public string? CompanyName { get; init; }
    public string? City { get; init; }
    public string? Country { get; init; }
    public string? UsageLocation { get; init; }
    public string? UserType { get; init; } = "Member";
    public DateTimeOffset? CreatedDateTime { get; init; }
}

namespace SuperOfficeProvisioning.SandboxTools.Entra.Graph;

/// <summary>
/// Stands in for Microsoft Graph PowerShell's <c>MicrosoftGraphUser</c>, with the same property names and types for
/// the properties a provisioning script uses. Properties not selected (Graph's <c>$select</c>) stay null.
/// </summary>
public sealed class MicrosoftGraphUser : MicrosoftGraphDirectoryObject
{
    internal override string GraphTypeName => GraphTypeNames.User;

    public bool? AccountEnabled { get; set; }

    public string[]? BusinessPhones { get; set; }

    public string? City { get; set; }

    public string? CompanyName { get; set; }

    public string? Country { get; set; }

    public DateTime? CreatedDateTime { get; set; }

    public string? Department { get; set; }

    public string? DisplayName { get; set; }

    public string? EmployeeId { get; set; }

    public string? EmployeeType { get; set; }

    public string? GivenName { get; set; }

    public string? JobTitle { get; set; }

    public string? Mail { get; set; }

    public string? MailNickname { get; set; }

    public string? MobilePhone { get; set; }

    public string? OfficeLocation { get; set; }

    public string? PreferredLanguage { get; set; }

    public string? Surname { get; set; }

    public string? UsageLocation { get; set; }

    public string? UserPrincipalName { get; set; }

    public string? UserType { get; set; }
}

using System.Globalization;
using SuperOfficeProvisioning.SandboxTools.Entra.Directory;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Query;

/// <summary>
/// The Graph properties the stand-in serves. The user defaults are Graph v1.0's: businessPhones, displayName,
/// givenName, jobTitle, mail, mobilePhone, officeLocation, preferredLanguage, surname, userPrincipalName, id.
/// </summary>
internal static class GraphSchemas
{
    public static readonly GraphSchema<DirectoryUser> User = new("microsoft.graph.user",
    [
        new("id", true, u => u.Id),
        new("accountEnabled", false, u => u.AccountEnabled),
        new("businessPhones", true, u => ToJsonArray(u.BusinessPhones)),
        new("city", false, u => u.City),
        new("companyName", false, u => u.CompanyName),
        new("country", false, u => u.Country),
        new("createdDateTime", false, u => ToJsonDate(u.CreatedDateTime)),
        new("department", false, u => u.Department),
        new("displayName", true, u => u.DisplayName),
        new("employeeId", false, u => u.EmployeeId),
        new("employeeType", false, u => u.EmployeeType),
        new("givenName", true, u => u.GivenName),
        new("jobTitle", true, u => u.JobTitle),
        new("mail", true, u => u.Mail),
        new("mailNickname", false, u => u.MailNickname),
        new("mobilePhone", true, u => u.MobilePhone),
        new("officeLocation", true, u => u.OfficeLocation),
        new("preferredLanguage", true, u => u.PreferredLanguage),
        new("surname", true, u => u.Surname),
        new("usageLocation", false, u => u.UsageLocation),
        new("userPrincipalName", true, u => u.UserPrincipalName),
        new("userType", false, u => u.UserType),
    ]);

    // Groups and devices are small resources; Graph returns all of these without $select.
    public static readonly GraphSchema<DirectoryGroup> Group = new("microsoft.graph.group",
    [
        new("id", true, g => g.Id),
        new("createdDateTime", true, g => ToJsonDate(g.CreatedDateTime)),
        new("description", true, g => g.Description),
        new("displayName", true, g => g.DisplayName),
        new("groupTypes", true, g => ToJsonArray(g.GroupTypes)),
        new("mail", true, g => g.Mail),
        new("mailEnabled", true, g => g.MailEnabled),
        new("mailNickname", true, g => g.MailNickname),
        new("securityEnabled", true, g => g.SecurityEnabled),
    ]);

    public static readonly GraphSchema<DirectoryDevice> Device = new("microsoft.graph.device",
    [
        new("id", true, d => d.Id),
        new("accountEnabled", true, d => d.AccountEnabled),
        new("deviceId", true, d => d.DeviceId),
        new("displayName", true, d => d.DisplayName),
        new("operatingSystem", true, d => d.OperatingSystem),
        new("operatingSystemVersion", true, d => d.OperatingSystemVersion),
        new("trustType", true, d => d.TrustType),
    ]);

    // Graph PowerShell deserialises JSON arrays it has no typed property for into object[].
    private static object[] ToJsonArray(IReadOnlyList<string> values) => [.. values];

    private static string? ToJsonDate(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

using System.Management.Automation;
using SuperOfficeProvisioning.SandboxTools.Entra.Directory;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Cmdlets;

/// <summary>The user properties Add-SoEntraUser and Set-SoEntraUser take; only the bound ones are applied.</summary>
public abstract class EntraUserPropertiesCommandBase : PSCmdlet
{
    [Parameter]
    public string? DisplayName { get; set; }

    [Parameter]
    public string? GivenName { get; set; }

    [Parameter]
    public string? Surname { get; set; }

    /// <summary>The mail address; an empty string leaves the user without one.</summary>
    [Parameter]
    [AllowEmptyString]
    public string? Mail { get; set; }

    [Parameter]
    [AllowEmptyString]
    public string? Department { get; set; }

    [Parameter]
    [AllowEmptyString]
    public string? JobTitle { get; set; }

    [Parameter]
    public bool AccountEnabled { get; set; } = true;

    [Parameter]
    [AllowEmptyString]
    public string? EmployeeId { get; set; }

    [Parameter]
    [AllowEmptyString]
    public string? MobilePhone { get; set; }

    [Parameter]
    [AllowEmptyCollection]
    public string[]? BusinessPhones { get; set; }

    /// <summary>A language tag such as <c>nb-NO</c>.</summary>
    [Parameter]
    [AllowEmptyString]
    public string? PreferredLanguage { get; set; }

    [Parameter]
    [AllowEmptyString]
    public string? OfficeLocation { get; set; }

    protected DirectoryUser ApplyBoundProperties(DirectoryUser user) => user with
    {
        DisplayName = Bound(nameof(DisplayName), DisplayName, user.DisplayName),
        GivenName = Bound(nameof(GivenName), GivenName, user.GivenName),
        Surname = Bound(nameof(Surname), Surname, user.Surname),
        Mail = Bound(nameof(Mail), Mail, user.Mail),
        Department = Bound(nameof(Department), Department, user.Department),
        JobTitle = Bound(nameof(JobTitle), JobTitle, user.JobTitle),
        AccountEnabled = IsBound(nameof(AccountEnabled)) ? AccountEnabled : user.AccountEnabled,
        EmployeeId = Bound(nameof(EmployeeId), EmployeeId, user.EmployeeId),
        MobilePhone = Bound(nameof(MobilePhone), MobilePhone, user.MobilePhone),
        BusinessPhones = IsBound(nameof(BusinessPhones)) ? [.. BusinessPhones ?? []] : user.BusinessPhones,
        PreferredLanguage = Bound(nameof(PreferredLanguage), PreferredLanguage, user.PreferredLanguage),
        OfficeLocation = Bound(nameof(OfficeLocation), OfficeLocation, user.OfficeLocation),
    };

    protected bool IsBound(string parameterName) => MyInvocation.BoundParameters.ContainsKey(parameterName);

    // Graph has no empty strings for these properties: clearing one makes it null.
    private string? Bound(string parameterName, string? value, string? current) =>
        IsBound(parameterName) ? (string.IsNullOrEmpty(value) ? null : value) : current;
}

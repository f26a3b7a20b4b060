using System;

namespace SuperOfficeProvisioning.Engine.Scim;

/// <summary>
/// A SuperOffice user as the SCIM gateway holds it. Property names match New-SoUser's parameters, so a user
/// piped into Set-SoUser or Remove-SoUser binds by name. <see cref="ScimId"/> is the gateway's own id.
/// </summary>
public sealed class SoUser
{
    public string ScimId { get; set; } = string.Empty;

    public string UserName { get; set; } = string.Empty;

    public string? ExternalId { get; set; }

    public string? DisplayName { get; set; }

    public string? GivenName { get; set; }

    public string? Surname { get; set; }

    public string? Email { get; set; }

    public string? JobTitle { get; set; }

    public string? Department { get; set; }

    public string? MobilePhone { get; set; }

    public SoValueList BusinessPhones { get; set; } = SoValueList.Empty;

    public string? FaxNumber { get; set; }

    public string? EmployeeId { get; set; }

    public string? PreferredLanguage { get; set; }

    public bool Enabled { get; set; }

    /// <summary>Display names of the SCIM groups the gateway reports the user in, when it reports them.</summary>
    public SoValueList Groups { get; set; } = SoValueList.Empty;

    public DateTimeOffset? Created { get; set; }

    public DateTimeOffset? LastModified { get; set; }

    public override string ToString() => UserName;
}

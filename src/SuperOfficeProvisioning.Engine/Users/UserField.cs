using System;
using System.Collections.Generic;

namespace SuperOfficeProvisioning.Engine.Users;

/// <summary>
/// The user attributes the module provisions: the input name (as New-SoUser's parameter), the SCIM path it maps
/// to by default (Entra ID's standard SCIM user mapping), and the longest value accepted.
/// </summary>
public sealed class UserField
{
    private static int _count;

    private UserField(string name, string scimPath, int maxLength)
    {
        Index = _count++;
        Name = name;
        ScimPath = scimPath;
        MaxLength = maxLength;
    }

    public string Name { get; }

    /// <summary>The field's position among <see cref="All"/>.</summary>
    public int Index { get; }

    public string ScimPath { get; }

    public int MaxLength { get; }

    public static readonly UserField UserName = new UserField(nameof(UserName), "userName", 256);
    public static readonly UserField ExternalId = new UserField(nameof(ExternalId), "externalId", 128);
    public static readonly UserField GivenName = new UserField(nameof(GivenName), "name.givenName", 64);
    public static readonly UserField Surname = new UserField(nameof(Surname), "name.familyName", 64);
    public static readonly UserField DisplayName = new UserField(nameof(DisplayName), "displayName", 256);
    public static readonly UserField Email = new UserField(nameof(Email), "emails[type eq \"work\"].value", 254);
    public static readonly UserField JobTitle = new UserField(nameof(JobTitle), "title", 128);
    public static readonly UserField Department = new UserField(nameof(Department), SuperOfficeProvisioning.Engine.Scim.ScimSchemas.EnterpriseUser + ":department", 64);
    public static readonly UserField MobilePhone = new UserField(nameof(MobilePhone), "phoneNumbers[type eq \"mobile\"].value", 64);
    public static readonly UserField BusinessPhones = new UserField(nameof(BusinessPhones), "phoneNumbers[type eq \"work\"].value", 64);
    public static readonly UserField EmployeeId = new UserField(nameof(EmployeeId), SuperOfficeProvisioning.Engine.Scim.ScimSchemas.EnterpriseUser + ":employeeNumber", 64);
    public static readonly UserField PreferredLanguage = new UserField(nameof(PreferredLanguage), "preferredLanguage", 35);
    public static readonly UserField Enabled = new UserField(nameof(Enabled), "active", 5);

    public static IReadOnlyList<UserField> All { get; } = new[]
    {
        UserName, ExternalId, GivenName, Surname, DisplayName, Email, JobTitle, Department, MobilePhone,
        BusinessPhones, EmployeeId, PreferredLanguage, Enabled,
    };

    public static UserField? ByScimPath(string path)
    {
        foreach (var field in All)
        {
            if (string.Equals(field.ScimPath, path, StringComparison.OrdinalIgnoreCase)
                || string.Equals(field.Name, path, StringComparison.OrdinalIgnoreCase))
            {
                return field;
            }
        }

        // Short forms users write in -AttributeMap.
        switch (path.ToLowerInvariant())
        {
            case "emails": case "email": return Email;
            case "title": return JobTitle;
            case "active": return Enabled;
            case "department": return Department;
            case "employeenumber": return EmployeeId;
            case "name.givenname": return GivenName;
            case "name.familyname": return Surname;
            default: return null;
        }
    }

    public override string ToString() => Name;
}

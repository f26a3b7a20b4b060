using System;
using System.Collections.Generic;
using System.Linq;
using SuperOfficeProvisioning.Engine.Scim;

namespace SuperOfficeProvisioning.Engine.Users;

/// <summary>
/// The one table of the user attributes the module provisions. Each entry says everything the module needs to
/// know about a field: its input name (New-SoUser's parameter and the CSV column), Microsoft Graph's name for it
/// (as Get-MgGroupMember puts it in AdditionalProperties), the SCIM path it maps to by default (Entra ID's
/// standard SCIM user mapping), the longest value accepted, how its input is read, and where a SCIM user holds
/// it. Input reading, the new-user resource, change detection and -AttributeMap all derive from this table.
/// </summary>
public sealed class UserField
{
    private UserField(string name, string graphName, string scimPath, int maxLength, UserFieldKind kind, Func<SoUser, string?> current, params string[] shortForms)
    {
        Name = name;
        GraphName = graphName;
        Path = new ScimAttributePath(scimPath);
        MaxLength = maxLength;
        Kind = kind;
        Current = current;
        ShortForms = shortForms;
    }

    public string Name { get; }

    /// <summary>The field's position among <see cref="All"/>.</summary>
    public int Index { get; private set; }

    /// <summary>Microsoft Graph's camelCase property name.</summary>
    public string GraphName { get; }

    public ScimAttributePath Path { get; }

    public string ScimPath => Path.Text;

    public int MaxLength { get; }

    public UserFieldKind Kind { get; }

    /// <summary>The value a SCIM user holds for the field, as text.</summary>
    public Func<SoUser, string?> Current { get; }

    /// <summary>Other names -AttributeMap accepts for the field.</summary>
    public IReadOnlyList<string> ShortForms { get; }

    public static IReadOnlyList<UserField> All { get; } = Numbered(
        new UserField("UserName", "userPrincipalName", "userName", 256, UserFieldKind.Identifier, u => u.UserName),
        new UserField("ExternalId", "id", "externalId", 128, UserFieldKind.Identifier, u => u.ExternalId),
        new UserField("GivenName", "givenName", "name.givenName", 64, UserFieldKind.Text, u => u.GivenName),
        new UserField("Surname", "surname", "name.familyName", 64, UserFieldKind.Text, u => u.Surname),
        new UserField("DisplayName", "displayName", "displayName", 256, UserFieldKind.Text, u => u.DisplayName),
        new UserField("Email", "mail", "emails[type eq \"work\"].value", 254, UserFieldKind.Email, u => u.Email, "emails", "email"),
        new UserField("JobTitle", "jobTitle", "title", 128, UserFieldKind.Text, u => u.JobTitle, "title"),
        new UserField("Department", "department", ScimSchemas.EnterpriseUser + ":department", 64, UserFieldKind.Text, u => u.Department),
        new UserField("MobilePhone", "mobilePhone", "phoneNumbers[type eq \"mobile\"].value", 64, UserFieldKind.Text, u => u.MobilePhone),
        new UserField("BusinessPhones", "businessPhones", "phoneNumbers[type eq \"work\"].value", 64, UserFieldKind.PhoneList, u => u.BusinessPhones.FirstOrDefault()),
        new UserField("FaxNumber", "faxNumber", "phoneNumbers[type eq \"fax\"].value", 64, UserFieldKind.Text, u => u.FaxNumber),
        new UserField("EmployeeId", "employeeId", ScimSchemas.EnterpriseUser + ":employeeNumber", 64, UserFieldKind.Text, u => u.EmployeeId),
        new UserField("PreferredLanguage", "preferredLanguage", "preferredLanguage", 35, UserFieldKind.Language, u => u.PreferredLanguage),
        new UserField("Enabled", "accountEnabled", "active", 5, UserFieldKind.Boolean, u => u.Enabled ? "true" : "false", "active"));

    public static UserField UserName => All[0];

    public static UserField ExternalId => All[1];

    public static UserField GivenName => All[2];

    public static UserField Surname => All[3];

    public static UserField DisplayName => All[4];

    public static UserField Email => All[5];

    public static UserField BusinessPhones => All[9];

    public static UserField Enabled => All[13];

    /// <summary>The field an -AttributeMap key names: its SCIM path, its input name or one of its short forms.</summary>
    public static UserField? ByScimPath(string path) =>
        All.FirstOrDefault(field => string.Equals(field.ScimPath, path, StringComparison.OrdinalIgnoreCase)
            || string.Equals(field.Name, path, StringComparison.OrdinalIgnoreCase)
            || field.ShortForms.Any(form => string.Equals(form, path, StringComparison.OrdinalIgnoreCase))
            || (field.Path.Schema is { } schema && string.Equals(field.ScimPath.Substring(schema.Length + 1), path, StringComparison.OrdinalIgnoreCase)));

    public static UserField ByName(string name) => All.First(field => field.Name == name);

    public override string ToString() => Name;

    private static UserField[] Numbered(params UserField[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i].Index = i;
        }

        return fields;
    }
}

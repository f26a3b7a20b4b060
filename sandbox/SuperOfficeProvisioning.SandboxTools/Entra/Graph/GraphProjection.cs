using SuperOfficeProvisioning.SandboxTools.Entra.Directory;
using SuperOfficeProvisioning.SandboxTools.Entra.Query;

namespace SuperOfficeProvisioning.SandboxTools.Entra.Graph;

/// <summary>Turns stored directory records into what Graph PowerShell returns for a given property selection.</summary>
internal static class GraphProjection
{
    public static MicrosoftGraphUser ToGraphUser(DirectoryUser u, IReadOnlyList<GraphProperty<DirectoryUser>> selection)
    {
        var has = Names(selection);
        return new MicrosoftGraphUser
        {
            Id = has("id") ? u.Id : null,
            AccountEnabled = has("accountEnabled") ? u.AccountEnabled : null,
            BusinessPhones = has("businessPhones") ? [.. u.BusinessPhones] : null,
            City = has("city") ? u.City : null,
            CompanyName = has("companyName") ? u.CompanyName : null,
            Country = has("country") ? u.Country : null,
            CreatedDateTime = has("createdDateTime") ? u.CreatedDateTime?.UtcDateTime : null,
            Department = has("department") ? u.Department : null,
            DisplayName = has("displayName") ? u.DisplayName : null,
            EmployeeId = has("employeeId") ? u.EmployeeId : null,
            EmployeeType = has("employeeType") ? u.EmployeeType : null,
            GivenName = has("givenName") ? u.GivenName : null,
            JobTitle = has("jobTitle") ? u.JobTitle : null,
            Mail = has("mail") ? u.Mail : null,
            MailNickname = has("mailNickname") ? u.MailNickname : null,
            MobilePhone = has("mobilePhone") ? u.MobilePhone : null,
            OfficeLocation = has("officeLocation") ? u.OfficeLocation : null,
            PreferredLanguage = has("preferredLanguage") ? u.PreferredLanguage : null,
            Surname = has("surname") ? u.Surname : null,
            UsageLocation = has("usageLocation") ? u.UsageLocation : null,
            UserPrincipalName = has("userPrincipalName") ? u.UserPrincipalName : null,
            UserType = has("userType") ? u.UserType : null,
        };
    }

    public static MicrosoftGraphGroup ToGraphGroup(DirectoryGroup g, IReadOnlyList<GraphProperty<DirectoryGroup>> selection)
    {
        var has = Names(selection);
        return new MicrosoftGraphGroup
        {
            Id = has("id") ? g.Id : null,
            CreatedDateTime = has("createdDateTime") ? g.CreatedDateTime?.UtcDateTime : null,
            Description = has("description") ? g.Description : null,
            DisplayName = has("displayName") ? g.DisplayName : null,
            GroupTypes = has("groupTypes") ? [.. g.GroupTypes] : null,
            Mail = has("mail") ? g.Mail : null,
            MailEnabled = has("mailEnabled") ? g.MailEnabled : null,
            MailNickname = has("mailNickname") ? g.MailNickname : null,
            SecurityEnabled = has("securityEnabled") ? g.SecurityEnabled : null,
        };
    }

    /// <summary>
    /// A group member the way Get-MgGroupMember returns it: only the id is typed; the rest of the member's JSON,
    /// starting with <c>@odata.type</c>, lands in <see cref="MicrosoftGraphDirectoryObject.AdditionalProperties"/>.
    /// </summary>
    /// <param name="selected">The <c>-Property</c> names; names the member's type lacks are left out, as Graph does.</param>
    public static MicrosoftGraphDirectoryObject ToDirectoryObject(object member, IReadOnlyCollection<string>? selected) =>
        member switch
        {
            DirectoryUser u => ToDirectoryObject(u, GraphSchemas.User, selected),
            DirectoryGroup g => ToDirectoryObject(g, GraphSchemas.Group, selected),
            DirectoryDevice d => ToDirectoryObject(d, GraphSchemas.Device, selected),
            _ => throw new ArgumentException($"Unexpected directory object {member.GetType().Name}.", nameof(member)),
        };

    private static MicrosoftGraphDirectoryObject ToDirectoryObject<TRecord>(
        TRecord record, GraphSchema<TRecord> schema, IReadOnlyCollection<string>? selected)
    {
        // Names this member's type lacks are dropped; if none is left, only the id remains.
        IReadOnlyCollection<string>? own = selected?.Where(name => name == "*" || schema.Find(name) is not null).ToArray();
        var selection = schema.Select(own is { Count: 0 } ? ["id"] : own);
        var json = new Dictionary<string, object?> { ["@odata.type"] = "#" + schema.ODataType };
        foreach (var property in selection.Where(p => p.Name != "id"))
        {
            json[property.Name] = property.Read(record);
        }

        return new MicrosoftGraphDirectoryObject
        {
            Id = schema.Read(record, "id") as string,
            AdditionalProperties = json,
        };
    }

    private static Func<string, bool> Names<TRecord>(IReadOnlyList<GraphProperty<TRecord>> selection)
    {
        var names = selection.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return names.Contains;
    }
}

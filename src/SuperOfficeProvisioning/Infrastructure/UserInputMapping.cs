using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SuperOfficeProvisioning.Engine.Users;

namespace SuperOfficeProvisioning.Infrastructure;

/// <summary>Gathers one record's raw values: bound parameters, then AdditionalProperties, then -AttributeMap.</summary>
internal static class UserInputMapping
{
    // Microsoft Graph's camelCase property names, as Get-MgGroupMember puts them in AdditionalProperties.
    private static readonly Dictionary<string, string> GraphNames = new Dictionary<string, string>
    {
        [nameof(UserField.UserName)] = "userPrincipalName",
        [nameof(UserField.ExternalId)] = "id",
        [nameof(UserField.GivenName)] = "givenName",
        [nameof(UserField.Surname)] = "surname",
        [nameof(UserField.DisplayName)] = "displayName",
        [nameof(UserField.Email)] = "mail",
        [nameof(UserField.JobTitle)] = "jobTitle",
        [nameof(UserField.Department)] = "department",
        [nameof(UserField.MobilePhone)] = "mobilePhone",
        [nameof(UserField.BusinessPhones)] = "businessPhones",
        [nameof(UserField.EmployeeId)] = "employeeId",
        [nameof(UserField.PreferredLanguage)] = "preferredLanguage",
        [nameof(UserField.Enabled)] = "accountEnabled",
    };

    public static Dictionary<UserField, string> ParseAttributeMap(Hashtable? map, PSCmdlet cmdlet)
    {
        var parsed = new Dictionary<UserField, string>();
        if (map is null)
        {
            return parsed;
        }

        foreach (DictionaryEntry entry in map)
        {
            var path = Convert.ToString(entry.Key) ?? string.Empty;
            var field = UserField.ByScimPath(path);
            var property = Unwrap(entry.Value) as string;
            if (field is null || string.IsNullOrWhiteSpace(property))
            {
                var known = string.Join(", ", UserField.All.Select(f => f.ScimPath));
                cmdlet.ThrowTerminatingError(ErrorRecords.Create(
                    "InvalidAttributeMap",
                    ErrorCategory.InvalidArgument,
                    field is null
                        ? $"-AttributeMap: '{path}' is not a SCIM attribute this module maps. Use one of: {known}."
                        : $"-AttributeMap: the input property for '{path}' must be a property name.",
                    map));
            }

            parsed[field!] = property!;
        }

        return parsed;
    }

    public static Dictionary<string, object?> Collect(UserInputCmdlet cmdlet, PSObject? input, IReadOnlyDictionary<UserField, string> attributeMap)
    {
        var bound = new Dictionary<string, object?>
        {
            // A bare string in the pipeline ('jane@contoso.example' | Remove-SoUser) is a user name.
            [nameof(UserField.UserName)] = cmdlet.UserName ?? (input?.BaseObject as string),
            [nameof(UserField.ExternalId)] = cmdlet.ExternalId,
            [nameof(UserField.GivenName)] = cmdlet.GivenName,
            [nameof(UserField.Surname)] = cmdlet.Surname,
            [nameof(UserField.DisplayName)] = cmdlet.DisplayName,
            [nameof(UserField.Email)] = cmdlet.Email,
            [nameof(UserField.JobTitle)] = cmdlet.JobTitle,
            [nameof(UserField.Department)] = cmdlet.Department,
            [nameof(UserField.MobilePhone)] = cmdlet.MobilePhone,
            [nameof(UserField.BusinessPhones)] = cmdlet.BusinessPhones,
            [nameof(UserField.EmployeeId)] = cmdlet.EmployeeId,
            [nameof(UserField.PreferredLanguage)] = cmdlet.PreferredLanguage,
            [nameof(UserField.Enabled)] = cmdlet.Enabled,
        };

        var additional = AdditionalProperties(input);
        var values = new Dictionary<string, object?>();
        foreach (var field in UserField.All)
        {
            object? value;
            if (attributeMap.TryGetValue(field, out var property))
            {
                value = Property(input, additional, property);
            }
            else
            {
                value = Unwrap(bound[field.Name]);
                if (value is null && additional is not null)
                {
                    value = Lookup(additional, GraphNames[field.Name]);
                }
            }

            if (value is not null)
            {
                values[field.Name] = value;
            }
        }

        return values;
    }

    private static IDictionary? AdditionalProperties(PSObject? input) =>
        input?.Properties["AdditionalProperties"]?.Value is { } value ? Unwrap(value) as IDictionary : null;

    private static object? Property(PSObject? input, IDictionary? additional, string name)
    {
        var property = input?.Properties[name];
        if (property is not null)
        {
            return Unwrap(property.Value);
        }

        return additional is null ? null : Lookup(additional, name);
    }

    private static object? Lookup(IDictionary dictionary, string key)
    {
        foreach (DictionaryEntry entry in dictionary)
        {
            if (string.Equals(Convert.ToString(entry.Key), key, StringComparison.OrdinalIgnoreCase))
            {
                return Unwrap(entry.Value);
            }
        }

        return null;
    }

    private static object? Unwrap(object? value)
    {
        var unwrapped = value is PSObject wrapper ? wrapper.BaseObject : value;
        return unwrapped is object[] items ? items.Select(i => i is PSObject p ? p.BaseObject : i).ToArray() : unwrapped;
    }
}

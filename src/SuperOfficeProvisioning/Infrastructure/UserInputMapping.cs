using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Users;

namespace SuperOfficeProvisioning.Infrastructure;

/// <summary>Gathers one record's raw values: bound parameters, then AdditionalProperties, then -AttributeMap.</summary>
internal static class UserInputMapping
{
    // Each field's parameter on the cmdlet, found by the field's name: the table in UserField is the one list.
    private static readonly Dictionary<UserField, PropertyInfo> Parameters = UserField.All.ToDictionary(
        field => field,
        field => typeof(UserInputCmdlet).GetProperty(field.Name) ?? throw new InvalidOperationException($"UserInputCmdlet has no -{field.Name} parameter."));

    public static Dictionary<UserField, string> ParseAttributeMap(Hashtable? map, PSCmdlet cmdlet)
    {
        var parsed = new Dictionary<UserField, string>();
        if (map is null)
        {
            return parsed;
        }

        foreach (DictionaryEntry entry in map)
        {
            var path = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
            var field = UserField.ByScimPath(path);
            var property = Unwrap(entry.Value) as string;
            if (field is null || string.IsNullOrWhiteSpace(property))
            {
                var known = string.Join(", ", UserField.All.Select(f => f.ScimPath));
                cmdlet.ThrowTerminatingError(ErrorRecords.Create(
                    "InvalidAttributeMap",
                    SoErrorKind.InvalidArgument,
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
                value = Unwrap(Parameters[field].GetValue(cmdlet));

                // A bare string in the pipeline ('jane@contoso.example' | Remove-SoUser) is a user name.
                if (value is null && field == UserField.UserName)
                {
                    value = input?.BaseObject as string;
                }

                if (value is null && additional is not null)
                {
                    value = Lookup(additional, field.GraphName);
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
            if (string.Equals(Convert.ToString(entry.Key, CultureInfo.InvariantCulture), key, StringComparison.OrdinalIgnoreCase))
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

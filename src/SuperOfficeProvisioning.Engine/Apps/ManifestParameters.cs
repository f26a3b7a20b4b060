using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Apps;

/// <summary>A manifest's $.parameters: each declared one takes its value from -Parameters, else its default.</summary>
internal static class ManifestParameters
{
    public static void Read(JObject manifest, Dictionary<string, string> given, Dictionary<string, string> resolved, HashSet<string> declaredNames, ManifestReader reader)
    {
        var declared = reader.Object(manifest["parameters"], ManifestReader.PathOf(manifest, "parameters"), required: false);
        foreach (var property in declared?.Properties() ?? Enumerable.Empty<JProperty>())
        {
            var path = ManifestReader.PathOf(property.Value);
            if (!ManifestFields.KeyPattern.IsMatch(property.Name))
            {
                reader.Problem(path, $"'{property.Name}' is not a parameter name: use letters, digits and underscores, starting with a letter.");
                continue;
            }

            declaredNames.Add(property.Name);
            var definition = reader.Object(property.Value, path, required: true);
            if (definition is null)
            {
                continue;
            }

            reader.RejectUnknown(definition, ManifestFields.Parameter);
            reader.String(definition, "description", required: false, maxLength: 2000);
            if (given.TryGetValue(property.Name, out var value))
            {
                resolved[property.Name] = value;
            }
            else if (DefaultOf(definition, reader) is string fallback)
            {
                resolved[property.Name] = fallback;
            }
            else if (definition["default"] is null || definition["default"]!.Type == JTokenType.Null)
            {
                reader.Problem(path, $"has no default and no value was given: pass -Parameters @{{ {property.Name} = '…' }}.");
            }
        }

        foreach (var unknown in given.Keys.Where(key => declared?.Properties().Any(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase)) != true))
        {
            reader.Problem(ManifestReader.PathOf(manifest, "parameters"), $"declares no parameter '{unknown}', but -Parameters gives one.");
        }
    }

    private static string? DefaultOf(JObject definition, ManifestReader reader)
    {
        var value = definition["default"];
        switch (value?.Type)
        {
            case null:
            case JTokenType.Null:
                return null;
            case JTokenType.String:
                return (string)value!;
            case JTokenType.Integer:
            case JTokenType.Float:
                return Convert.ToString(((JValue)value).Value, CultureInfo.InvariantCulture);
            case JTokenType.Boolean:
                return (bool)value ? "true" : "false";
            default:
                reader.Problem(ManifestReader.PathOf(value), $"must be a string, number or boolean, not {ManifestReader.Describe(value)}.");
                return null;
        }
    }
}

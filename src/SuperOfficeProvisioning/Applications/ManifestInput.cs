using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using SuperOfficeProvisioning.Engine.Apps;
using SuperOfficeProvisioning.Infrastructure;

namespace SuperOfficeProvisioning.Applications;

/// <summary>A manifest file's text and the -Parameters values, read the way every application cmdlet reads them.</summary>
internal static class ManifestInput
{
    /// <summary>The manifest's text, or null after handing <paramref name="failed"/> the reason it cannot be read.</summary>
    public static string? Read(string file, Action<ErrorRecord> failed)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            failed(ManifestPaths.Error($"Cannot read the application manifest '{file}': {ex.Message}", file));
            return null;
        }
    }

    /// <summary>The validated manifest for a tenant, or null after handing <paramref name="failed"/> its problems.</summary>
    public static ApplicationDefinition? Load(string json, string file, IReadOnlyDictionary<string, string> parameters, string contextIdentifier, Action<ErrorRecord> failed)
    {
        try
        {
            return ManifestLoader.Load(json, file, parameters, contextIdentifier);
        }
        catch (ManifestException ex)
        {
            failed(ErrorRecords.From(ex, file));
            return null;
        }
    }

    /// <summary>-Parameters as the manifest reads them: every value as text, switches as true or false.</summary>
    public static Dictionary<string, string> Values(Hashtable? parameters)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in parameters ?? new Hashtable())
        {
            var value = entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
            values[entry.Key.ToString()!] = value switch
            {
                null => string.Empty,
                bool flag => flag ? "true" : "false",
                _ => LanguagePrimitives.ConvertTo<string>(value),
            };
        }

        return values;
    }
}

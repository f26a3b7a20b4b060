using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Infrastructure;

namespace SuperOfficeProvisioning.Applications;

/// <summary>
/// Turns -Path (wildcards allowed) or -LiteralPath into manifest files, the way PowerShell's own file cmdlets do:
/// every match in turn, and a clear ManifestNotFound record for what cannot be a manifest.
/// </summary>
internal static class ManifestPaths
{
    private static readonly char[] WildcardBrackets = { '[', ']' };

    public const string NotFound = "ManifestNotFound";

    /// <summary>The files <paramref name="path"/> names; each problem is handed to <paramref name="failed"/>.</summary>
    public static List<string> Resolve(PSCmdlet cmdlet, string path, bool literal, System.Action<ErrorRecord> failed)
    {
        var files = new List<string>();
        var wildcard = !literal && WildcardPattern.ContainsWildcardCharacters(path);
        List<string> resolved;
        ProviderInfo provider;
        try
        {
            if (literal || !wildcard)
            {
                resolved = new List<string> { cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out provider, out _) };
            }
            else
            {
                resolved = cmdlet.SessionState.Path.GetResolvedProviderPathFromPSPath(path, out provider).ToList();
            }
        }
        catch (System.Exception ex) when (ex is ItemNotFoundException || ex is ProviderNotFoundException || ex is System.Management.Automation.DriveNotFoundException || ex is PSArgumentException || ex is System.NotSupportedException)
        {
            failed(Error($"Cannot find the application manifest '{path}': {ex.Message}", path));
            return files;
        }

        if (provider.Name != "FileSystem")
        {
            failed(Error($"'{path}' is on the {provider.Name} drive; an application manifest must be a file.", path));
            return files;
        }

        foreach (var file in resolved)
        {
            if (Directory.Exists(file))
            {
                if (!wildcard)
                {
                    failed(Error($"'{path}' is a folder, not an application manifest file: name the .json file, or use a wildcard such as '{System.IO.Path.Combine(path, "*.app.json")}'.", path));
                }

                continue;
            }

            if (!File.Exists(file))
            {
                failed(Error($"The application manifest '{path}' does not exist.", path));
                continue;
            }

            files.Add(file);
        }

        if (wildcard && files.Count == 0)
        {
            var hint = path.IndexOfAny(WildcardBrackets) >= 0 ? " '[' and ']' are wildcard characters here: use -LiteralPath for a name that holds them." : string.Empty;
            failed(Error($"No application manifest file matches '{path}'.{hint}", path));
        }

        return files;
    }

    public static ErrorRecord Error(string message, object target) =>
        ErrorRecords.Create(NotFound, SoErrorKind.NotFound, message, target);
}

using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace SuperOfficeProvisioning.Completion;

/// <summary>
/// Completes -Path of the application cmdlets as PowerShell completes file names, keeping folders to walk into
/// and application manifests (*.app.json) first, and other files only where no manifest matches.
/// </summary>
public sealed class ManifestPathCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var all = CompletionCompleters.CompleteFilename(wordToComplete).ToList();
        var folders = all.Where(r => r.ResultType == CompletionResultType.ProviderContainer);
        var files = all.Where(r => r.ResultType != CompletionResultType.ProviderContainer).ToList();
        var manifests = files.Where(r => r.ListItemText.EndsWith(".app.json", StringComparison.OrdinalIgnoreCase)).ToList();
        var json = files.Where(r => r.ListItemText.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).ToList();
        return (manifests.Count > 0 ? manifests : json.Count > 0 ? json : files).Concat(folders);
    }
}

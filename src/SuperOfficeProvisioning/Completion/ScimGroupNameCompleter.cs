using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using SuperOfficeProvisioning.Infrastructure;

namespace SuperOfficeProvisioning.Completion;

/// <summary>
/// Completes SCIM group names (New-SoUser -Group, Sync-SoGroup -GroupName) from the current connection's gateway.
/// With no connection, or one without a SCIM side, it offers nothing and sends no request.
/// </summary>
public sealed class ScimGroupNameCompleter : IArgumentCompleter
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Complete(GroupNames(), wordToComplete);

    internal static IEnumerable<CompletionResult> Complete(IEnumerable<string> names, string wordToComplete)
    {
        var typed = wordToComplete.Trim('\'', '"');
        return names
            .Where(n => n.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Select(n => new CompletionResult(Quote(n), n, CompletionResultType.ParameterValue, n));
    }

    private static IEnumerable<string> GroupNames() =>
        ConnectionRegistry.Current is { } connection ? Engine.Connections.GroupNameCache.Names(connection, Timeout) : Enumerable.Empty<string>();

    private static string Quote(string name) =>
        name.Any(c => char.IsWhiteSpace(c) || "'\"`$;,(){}[]@#|&<>".IndexOf(c) >= 0) ? "'" + name.Replace("'", "''") + "'" : name;
}

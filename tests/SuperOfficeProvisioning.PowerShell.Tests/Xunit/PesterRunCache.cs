using System.Collections.Concurrent;
using SuperOfficeProvisioning.PowerShell.Tests.Harness;

namespace SuperOfficeProvisioning.PowerShell.Tests.Xunit;

/// <summary>
/// Runs each test file once, when the first of its Its is reported, and keeps the results for the rest.
/// </summary>
public static class PesterRunCache
{
    static readonly ConcurrentDictionary<string, Lazy<PesterFileResult>> Runs = new(StringComparer.Ordinal);

    public static PesterFileResult Run(string scriptPath) =>
        Runs.GetOrAdd(scriptPath, path => new Lazy<PesterFileResult>(() => PesterScriptRunner.Run(path))).Value;
}

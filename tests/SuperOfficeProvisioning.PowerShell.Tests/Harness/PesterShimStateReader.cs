using System.Collections;
using System.Management.Automation;
using System.Text.RegularExpressions;

namespace SuperOfficeProvisioning.PowerShell.Tests.Harness;

/// <summary>Turns the state object that <c>Invoke-ShimTestFile</c> returns into plain results.</summary>
static class PesterShimStateReader
{
    /// <summary>The error id the shim's Should gives its failures, the same as Pester's.</summary>
    const string AssertionErrorId = "PesterAssertionFailed";

    /// <summary>A frame of a ScriptStackTrace: <c>at Get-Thing, /path/to/file.ps1: line 12</c>.</summary>
    static readonly Regex StackFrame = new(@"^at .*?, (?<file>.+): line (?<line>\d+)\s*$", RegexOptions.Multiline);

    public static PesterFileResult Read(string scriptPath, PSObject state, string shimDirectory)
    {
        var discoveryError = Property<ErrorRecord>(state, "DiscoveryError");
        var discoveryFailure = discoveryError is null ? null : ToFailure("Discovery", null, discoveryError, shimDirectory);
        var its = Items(state, "Tests").Select(test => ReadIt(test, shimDirectory)).ToList();
        return new PesterFileResult(scriptPath, discoveryFailure, its);
    }

    static PesterItResult ReadIt(PSObject test, string shimDirectory)
    {
        var failures = Items(test, "Failures")
            .Select(failure => ToFailure(
                Property<string>(failure, "Step") ?? "It",
                Property<string>(failure, "BlockName"),
                Property<ErrorRecord>(failure, "ErrorRecord") ?? throw new InvalidOperationException("A shim failure has no error record."),
                shimDirectory))
            .ToList();

        return new PesterItResult(
            Property<int>(test, "Ordinal"),
            Items(test, "Path").Select(name => name.BaseObject.ToString() ?? "").ToList(),
            Enum.Parse<PesterItOutcome>(Property<string>(test, "Outcome") ?? nameof(PesterItOutcome.NotRun)),
            NullIfEmpty(Property<string>(test, "SkipReason")),
            failures);
    }

    static PesterFailure ToFailure(string step, string? blockName, ErrorRecord error, string shimDirectory)
    {
        var stackTrace = WithoutShimFrames(error.ScriptStackTrace, shimDirectory);
        if (error.FullyQualifiedErrorId == AssertionErrorId && error.TargetObject is IDictionary assertion)
        {
            return new PesterFailure(
                step,
                blockName,
                error.Exception.Message,
                assertion["File"] as string,
                Convert.ToInt32(assertion["Line"], System.Globalization.CultureInfo.InvariantCulture),
                assertion["LineText"] as string,
                stackTrace);
        }

        var invocation = error.InvocationInfo;
        var message = $"{error.Exception.GetType().Name}: {error.Exception.Message}";
        var scriptName = NullIfEmpty(invocation?.ScriptName);
        if (scriptName is null || scriptName.StartsWith(shimDirectory, StringComparison.Ordinal))
        {
            // Raised by the shim on the test's behalf (a bad -ForEach, say): point at the test's frame instead.
            var frame = TopFrame(stackTrace);
            return new PesterFailure(step, blockName, message, frame?.File, frame?.Line ?? 0, frame?.LineText, stackTrace);
        }

        return new PesterFailure(step, blockName, message, scriptName, invocation?.ScriptLineNumber ?? 0, invocation?.Line, stackTrace);
    }

    static (string File, int Line, string? LineText)? TopFrame(string? stackTrace)
    {
        var match = StackFrame.Match(stackTrace ?? "");
        if (!match.Success)
        {
            return null;
        }

        var file = match.Groups["file"].Value;
        var line = int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var lineText = File.Exists(file) ? File.ReadLines(file).Skip(line - 1).FirstOrDefault() : null;
        return (file, line, lineText);
    }

    static string? WithoutShimFrames(string? scriptStackTrace, string shimDirectory)
    {
        if (scriptStackTrace is null)
        {
            return null;
        }

        // The shim's frames, and the harness's own command line (which has no file), say nothing about the test.
        var frames = scriptStackTrace
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(frame => !frame.Contains(shimDirectory, StringComparison.Ordinal) && !frame.Contains("<No file>", StringComparison.Ordinal));
        return string.Join(Environment.NewLine, frames);
    }

    static T? Property<T>(PSObject source, string name) =>
        Unwrap(source.Properties[name]?.Value) is { } value ? LanguagePrimitives.ConvertTo<T>(value) : default;

    static IEnumerable<PSObject> Items(PSObject source, string name) =>
        Unwrap(source.Properties[name]?.Value) is IEnumerable items and not string
            ? items.Cast<object>().Select(PSObject.AsPSObject)
            : [];

    static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

    static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

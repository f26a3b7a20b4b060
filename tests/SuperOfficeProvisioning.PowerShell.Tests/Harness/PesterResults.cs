namespace SuperOfficeProvisioning.PowerShell.Tests.Harness;

public enum PesterItOutcome
{
    NotRun,
    Passed,
    Failed,
    Skipped,
}

/// <summary>One error that failed a test.</summary>
/// <param name="Step">Where it happened: It, BeforeEach, AfterEach, BeforeAll, AfterAll or Discovery.</param>
/// <param name="BlockName">For BeforeAll and AfterAll, the block they belong to (<c>Describe 'Users'</c>).</param>
/// <param name="Message">The Should message, or the exception type and message for any other error.</param>
/// <param name="File">The script of the failing statement.</param>
/// <param name="Line">The line of the failing statement in <paramref name="File"/>.</param>
/// <param name="LineText">The text of that line.</param>
/// <param name="ScriptStackTrace">The PowerShell call stack of the error, without the shim's own frames.</param>
public sealed record PesterFailure(
    string Step,
    string? BlockName,
    string Message,
    string? File,
    int Line,
    string? LineText,
    string? ScriptStackTrace)
{
    public string Location => File is null ? "(no script location)" : $"{File}:{Line}";
}

/// <summary>The result of one It (one -ForEach expansion of it).</summary>
/// <param name="Ordinal">The It's position among the file's Its, in discovery order.</param>
/// <param name="Path">Describe and Context names, then the It's name, all with -ForEach templates expanded.</param>
public sealed record PesterItResult(
    int Ordinal,
    IReadOnlyList<string> Path,
    PesterItOutcome Outcome,
    string? SkipReason,
    IReadOnlyList<PesterFailure> Failures)
{
    public string DisplayPath => string.Join(" › ", Path);
}

/// <summary>What discovering or running one test file produced.</summary>
/// <param name="DiscoveryFailure">Set when the file could not be discovered (a parse error, a throwing Describe body).</param>
public sealed record PesterFileResult(
    string ScriptPath,
    PesterFailure? DiscoveryFailure,
    IReadOnlyList<PesterItResult> Its)
{
    public PesterItResult It(string displayPath) =>
        Its.SingleOrDefault(it => it.DisplayPath == displayPath)
        ?? throw new InvalidOperationException(DiscoveryFailure is null
            ? $"{ScriptPath} has no It '{displayPath}'. Its: {string.Join("; ", Its.Select(it => it.DisplayPath))}"
            : $"{ScriptPath} failed discovery: {DiscoveryFailure.Message} at {DiscoveryFailure.Location}");
}

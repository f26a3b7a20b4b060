using Xunit.Sdk;

namespace SuperOfficeProvisioning.PowerShell.Tests.Harness;

/// <summary>
/// Fails an xunit test case with a PowerShell test's failure: the message names the failing script line and
/// the stack trace is the script's, not this harness's.
/// </summary>
public sealed class PesterItFailedException(string message, string? scriptStackTrace) : Exception(message), IAssertionException
{
    public override string? StackTrace => scriptStackTrace;

    public static PesterItFailedException From(IReadOnlyList<PesterFailure> failures)
    {
        if (failures.Count == 1)
        {
            return new PesterItFailedException(Describe(failures[0]), failures[0].ScriptStackTrace);
        }

        var messages = failures.Select((failure, index) => $"[{index + 1}] {Describe(failure)}");
        var stackTraces = failures.Select((failure, index) => $"[{index + 1}]{Environment.NewLine}{failure.ScriptStackTrace}");
        return new PesterItFailedException(
            string.Join(Environment.NewLine, messages),
            string.Join(Environment.NewLine, stackTraces));
    }

    static string Describe(PesterFailure failure)
    {
        var context = failure.Step switch
        {
            "It" => "",
            "BeforeAll" or "AfterAll" => $"{failure.Step} in {failure.BlockName} failed: ",
            "Discovery" => "Discovery of the test file failed: ",
            _ => $"{failure.Step} failed: ",
        };
        var lineText = string.IsNullOrWhiteSpace(failure.LineText) ? "" : $"{Environment.NewLine}    {failure.LineText.Trim()}";
        return $"{context}{failure.Message}{Environment.NewLine}at {failure.Location}{lineText}";
    }
}

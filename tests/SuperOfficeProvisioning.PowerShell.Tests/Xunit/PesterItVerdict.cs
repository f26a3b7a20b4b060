using SuperOfficeProvisioning.PowerShell.Tests.Harness;

namespace SuperOfficeProvisioning.PowerShell.Tests.Xunit;

/// <summary>Turns a file's run into the verdict on one of its Its: return when it passed, throw when not.</summary>
public static class PesterItVerdict
{
    public static void Assert(PesterFileResult run, PesterItCase it)
    {
        if (run.DiscoveryFailure is { } discoveryFailure)
        {
            throw PesterItFailedException.From([discoveryFailure]);
        }

        var result = run.Its.FirstOrDefault(candidate => candidate.Ordinal == it.Ordinal && candidate.DisplayPath == it.ItPath)
            ?? throw new InvalidOperationException(
                $"The run of {run.ScriptPath} has no It '{it.ItPath}' at position {it.Ordinal}: the file changed since discovery, or its -ForEach data is not stable.");

        switch (result.Outcome)
        {
            case PesterItOutcome.Passed:
                return;
            case PesterItOutcome.Failed:
                throw PesterItFailedException.From(result.Failures);
            case PesterItOutcome.Skipped:
                throw new InvalidOperationException($"'{it.ItPath}' was skipped when run ({result.SkipReason}) but not when discovered.");
            default:
                throw new InvalidOperationException($"'{it.ItPath}' did not run.");
        }
    }
}

using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Hosting;

namespace SuperOfficeProvisioning.Integration.Tests.Users;

/// <summary>A host that answers every confirmation the same way and keeps what it is told.</summary>
internal sealed class RecordingHost<TResult>(WriteDecision decision = WriteDecision.Write) : IOperationHost<TResult>
{
    private readonly object _gate = new();

    public List<(string Target, string Action)> Asked { get; } = new();

    public List<TResult> Reported { get; } = new();

    public List<(TResult Result, SoException Error)> Failures { get; } = new();

    public WriteDecision Confirm(string target, string action)
    {
        lock (_gate)
        {
            Asked.Add((target, action));
        }

        return decision;
    }

    public void Progress(string activity, int done, int total)
    {
    }

    public void Report(TResult result)
    {
        lock (_gate)
        {
            Reported.Add(result);
        }
    }

    public void Failed(TResult result, SoException error)
    {
        lock (_gate)
        {
            Failures.Add((result, error));
        }
    }
}

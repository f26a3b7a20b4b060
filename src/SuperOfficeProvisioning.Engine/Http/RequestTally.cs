using System.Threading;

namespace SuperOfficeProvisioning.Engine.Http;

/// <summary>
/// Counts the attempts put on the wire by one flow of work (one tenant's run), whichever pipeline they go through:
/// a pipeline's own count mixes every tenant that shares it, this one counts only what the flow, and the work it
/// awaits or starts, sent.
/// </summary>
public sealed class RequestTally
{
    private static readonly AsyncLocal<RequestTally?> CurrentTally = new AsyncLocal<RequestTally?>();

    private long _requests;

    private RequestTally()
    {
    }

    /// <summary>Attempts sent so far, retries included.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>
    /// A tally for the calling flow from here on. Called inside an async method, it ends when that method returns;
    /// the caller's own flow keeps the tally it had.
    /// </summary>
    public static RequestTally Start()
    {
        var tally = new RequestTally();
        CurrentTally.Value = tally;
        return tally;
    }

    /// <summary>One attempt went out on the current flow.</summary>
    internal static void CountOne()
    {
        if (CurrentTally.Value is { } tally)
        {
            Interlocked.Increment(ref tally._requests);
        }
    }
}

using System;
using System.Net.Http;

namespace SuperOfficeProvisioning.Engine.Http;

/// <summary>What one attempt came to: a response, or the failure that left it without one, and its time on the wire.</summary>
internal readonly struct AttemptOutcome
{
    public AttemptOutcome(HttpResponseMessage? response, Exception? failure, TimeSpan elapsed)
    {
        Response = response;
        Failure = failure;
        Elapsed = elapsed;
    }

    public HttpResponseMessage? Response { get; }

    public Exception? Failure { get; }

    public TimeSpan Elapsed { get; }
}

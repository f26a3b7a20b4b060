using Microsoft.AspNetCore.Http.Features;
using SuperOfficeProvisioning.Sandbox.Hosting;
using SuperOfficeProvisioning.Sandbox.Stats;

namespace SuperOfficeProvisioning.Sandbox.Faults;

/// <summary>
/// Applies the <see cref="FaultInjector"/>'s verdict: latency, 429, 503, 401, a dropped connection, a lost reply,
/// or a 200 whose body is not what the route answers (empty, or a malformed list).
/// </summary>
internal sealed class FaultMiddleware(RequestDelegate next, FaultInjector injector, StatsCollector stats)
{
    private const string MalformedList =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\"totalResults\":1,\"Resources\":{\"id\":\"1\"}}";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = new RequestInfo(context.Request.Method, RouteKey.Template(context), context.Request.Path.Value ?? "");
        var decision = injector.Decide(request);
        if (decision.Latency > TimeSpan.Zero)
        {
            stats.CountFault("Latency");
            try
            {
                await Task.Delay(decision.Latency, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                FaultMarks.MarkUndelivered(context);
                return;
            }
        }

        if (decision.Kind is not { } kind)
        {
            await next(context);
            return;
        }

        stats.CountFault(kind.ToString());
        switch (kind)
        {
            case FaultKind.RateLimited:
                await WriteFaultAsync(context, StatusCodes.Status429TooManyRequests, decision.RetryAfterSeconds,
                    "Too many requests; the sandbox is throttling.");
                break;
            case FaultKind.ServiceUnavailable:
                await WriteFaultAsync(context, StatusCodes.Status503ServiceUnavailable, decision.RetryAfterSeconds,
                    "The service is temporarily unavailable.");
                break;
            case FaultKind.DroppedConnection:
                FaultMarks.MarkUndelivered(context);
                context.Abort();
                break;
            case FaultKind.LostResponse:
                FaultMarks.MarkUndelivered(context);
                await HandleThenAbortAsync(context);
                break;
            case FaultKind.Unauthorized:
                context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
                await HostErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, "UnauthorizedAccessException", "The token has been revoked.");
                break;
            case FaultKind.EmptyBody:
                context.Response.StatusCode = StatusCodes.Status200OK;
                context.Response.ContentLength = 0;
                break;
            case FaultKind.MalformedList:
                context.Response.StatusCode = StatusCodes.Status200OK;
                context.Response.ContentType = "application/scim+json";
                await context.Response.WriteAsync(MalformedList, context.RequestAborted);
                break;
        }
    }

    /// <summary>Runs the handler with its reply held in memory, then aborts the connection: the write happens, the reply never arrives.</summary>
    private async Task HandleThenAbortAsync(HttpContext context)
    {
        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var held = new MemoryStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(held));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(original);
            context.Abort();
        }
    }

    private static Task WriteFaultAsync(HttpContext context, int status, int retryAfterSeconds, string message)
    {
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString();
        var errorType = status == StatusCodes.Status429TooManyRequests
            ? "SoTooManyRequestsException"
            : "SoServiceUnavailableException";
        return HostErrors.WriteAsync(context, status, errorType, message);
    }
}

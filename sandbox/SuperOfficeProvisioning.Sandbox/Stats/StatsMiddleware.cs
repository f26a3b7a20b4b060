using SuperOfficeProvisioning.Sandbox.Faults;
using SuperOfficeProvisioning.Sandbox.State;

namespace SuperOfficeProvisioning.Sandbox.Stats;

/// <summary>Counts every request (outside the admin endpoint) and tells the state file when one changed tenant state.</summary>
internal sealed class StatsMiddleware(RequestDelegate next, StatsCollector stats, StatePersistence persistence)
{
    public async Task InvokeAsync(HttpContext context)
    {
        stats.CountArrival(RouteKey.For(context));
        var failed = false;
        try
        {
            await next(context);
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            var mutated = SandboxWrites.WasMutated(context);
            int? status = FaultMarks.IsUndelivered(context) ? null
                : failed && !context.Response.HasStarted ? StatusCodes.Status500InternalServerError
                : context.Response.StatusCode;
            stats.CountCompletion(status, mutated);
            if (mutated)
            {
                persistence.NotifyChanged();
            }
        }
    }
}

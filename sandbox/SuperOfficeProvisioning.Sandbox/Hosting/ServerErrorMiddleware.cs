namespace SuperOfficeProvisioning.Sandbox.Hosting;

/// <summary>Turns an exception a handler let escape into a 500 with an error body, instead of an empty reply.</summary>
internal sealed class ServerErrorMiddleware(RequestDelegate next, ILogger<ServerErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await HostErrors.WriteAsync(context, StatusCodes.Status500InternalServerError, "SoServerException",
                $"{exception.GetType().Name}: {exception.Message}");
        }
    }
}

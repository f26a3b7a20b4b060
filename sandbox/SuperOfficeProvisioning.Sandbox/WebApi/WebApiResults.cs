using Microsoft.AspNetCore.Http.Headers;
using SuperOfficeProvisioning.Sandbox.Json;

namespace SuperOfficeProvisioning.Sandbox.WebApi;

/// <summary>WebAPI replies: PascalCase JSON, Last-Modified on single entities, and the mutation mark on writes.</summary>
internal static class WebApiResults
{
    public static IResult Json(object? value, int status = StatusCodes.Status200OK) =>
        Results.Json(value, SandboxJson.Options, statusCode: status);

    public static IResult Entity<T>(HttpContext context, Stamped<T> stored)
    {
        context.Response.GetTypedHeaders().LastModified = stored.Modified;
        return Json(stored.Entity);
    }

    /// <summary>The edited entity (marked as a write), or the error that stopped the edit.</summary>
    public static IResult Edited<T>(HttpContext context, EditResult<T> result)
    {
        if (result.Error is not null)
        {
            return result.Error;
        }

        return Saved(context, result.Stored!);
    }

    /// <summary>A stored entity, marked as a write: also what a create answers (200, no Location, as the REST reference documents POST).</summary>
    public static IResult Saved<T>(HttpContext context, Stamped<T> stored)
    {
        SandboxWrites.MarkMutated(context);
        return Entity(context, stored);
    }

    /// <summary>204 for a delete that removed something (marked as a write).</summary>
    public static IResult Deleted(HttpContext context)
    {
        SandboxWrites.MarkMutated(context);
        return Results.NoContent();
    }

    public static DateTimeOffset? UnmodifiedSince(HttpContext context) =>
        new RequestHeaders(context.Request.Headers).IfUnmodifiedSince;
}

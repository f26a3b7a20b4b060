using SuperOfficeProvisioning.Sandbox.Json;

namespace SuperOfficeProvisioning.Sandbox.WebApi;

/// <summary>SuperOffice's WebAPI error body, <c>{"Error":true,"ErrorType":…,"ErrorMessage":…,"ErrorSource":…}</c>.</summary>
internal static class WebApiErrors
{
    public static IResult NotFound(string message, string source) =>
        Result(StatusCodes.Status404NotFound, "SoNotFoundException", message, source);

    /// <summary>A 400 that names the offending field in ErrorSource.</summary>
    public static IResult Invalid(string field, string message) =>
        Result(StatusCodes.Status400BadRequest, "ArgumentException", message, field);

    /// <summary>A failed JSON Patch <c>test</c>: 409, as the REST reference documents for PATCH.</summary>
    public static IResult Conflict(string field, string message) =>
        Result(StatusCodes.Status409Conflict, "SoConflictException", message, field);

    public static IResult PreconditionFailed(string message, string source) =>
        Result(StatusCodes.Status412PreconditionFailed, "SoPreconditionFailedException", message, source);

    public static IResult Result(int status, string errorType, string message, string source) =>
        Results.Json(new ErrorBody(true, errorType, message, source), SandboxJson.Options, statusCode: status);

    public static Task WriteAsync(HttpContext context, int status, string errorType, string message, string source) =>
        Result(status, errorType, message, source).ExecuteAsync(context);

    private sealed record ErrorBody(bool Error, string ErrorType, string ErrorMessage, string ErrorSource);
}

using System;
using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;

namespace SuperOfficeProvisioning.Engine.WebApi;

/// <summary>Reads WebAPI answers, turning SuperOffice's error body into a clear <see cref="SoException"/>.</summary>
internal static class WebApiResponse
{
    public static async Task<JToken?> ReadAsync(HttpResponseMessage response, HttpRequestMessage request)
    {
        var text = response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw Failure((int)response.StatusCode, text, request);
        }

        if (text.Trim().Length == 0)
        {
            return null;
        }

        try
        {
            return JToken.Parse(text);
        }
        catch (JsonException ex)
        {
            throw Invalid(request, (int)response.StatusCode, "the body is not valid JSON", ex);
        }
    }

    /// <summary>A successful status with an answer that is not the shape the WebAPI gives it.</summary>
    public static SoException Invalid(HttpRequestMessage request, int status, string problem, Exception? inner = null) =>
        new SoException(
            "WebApiInvalidResponse",
            SoErrorKind.ServerError,
            $"The WebAPI's answer ({status}) to {request.Method} {Redaction.Url(request.RequestUri)} cannot be used: {problem}.",
            inner);

    public static SoException Failure(int status, string body, HttpRequestMessage request)
    {
        var (errorType, errorMessage) = ErrorBody.Read(body, "ErrorType", "ErrorMessage");
        var (errorId, kind) = Classify(status, errorType);
        return new SoException(errorId, kind, ErrorBody.Describe("The WebAPI", status.ToString(System.Globalization.CultureInfo.InvariantCulture), errorType, request, errorMessage));
    }

    private static (string, SoErrorKind) Classify(int status, string? errorType) => status switch
    {
        400 => ("WebApiRequestRejected", SoErrorKind.InvalidInput),
        401 => ("WebApiUnauthorized", SoErrorKind.Authentication),
        403 => ("WebApiForbidden", SoErrorKind.PermissionDenied),
        404 => ("WebApiNotFound", SoErrorKind.NotFound),
        412 => ("WebApiPreconditionFailed", SoErrorKind.InvalidOperation),
        421 => ("TenantMisdirected", SoErrorKind.Connection),
        429 => ("WebApiThrottled", SoErrorKind.Throttled),
        503 when errorType == "SoTenantNotRunningException" => ("TenantNotRunning", SoErrorKind.Unavailable),
        _ when status >= 500 => ("WebApiServerError", SoErrorKind.ServerError),
        _ => ("WebApiRequestFailed", SoErrorKind.InvalidOperation),
    };
}

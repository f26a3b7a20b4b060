using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;

namespace SuperOfficeProvisioning.Engine.Scim;

/// <summary>Reads SCIM answers, turning RFC 7644 §3.12 error bodies into clear <see cref="SoException"/>s.</summary>
internal static class ScimResponse
{
    /// <summary>The JSON of a successful answer (null when the body is empty); an error status throws.</summary>
    public static async Task<JToken?> ReadAsync(HttpResponseMessage response, HttpRequestMessage request)
    {
        var text = response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw Failure(response.StatusCode, text, request);
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
            throw Invalid(request, response.StatusCode, "the body is not valid JSON", ex);
        }
    }

    /// <summary>Throws for an error status; a successful answer's body is not read.</summary>
    public static async Task EnsureSuccessAsync(HttpResponseMessage response, HttpRequestMessage request)
    {
        if (!response.IsSuccessStatusCode)
        {
            var text = response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            throw Failure(response.StatusCode, text, request);
        }
    }

    /// <summary>A successful status with an answer that is not what SCIM says it should be.</summary>
    public static SoException Invalid(HttpRequestMessage request, HttpStatusCode status, string problem, Exception? inner = null) =>
        new SoException(
            "ScimInvalidResponse",
            SoErrorKind.ServerError,
            $"The SCIM gateway's answer ({(int)status} {status}) to {request.Method} {Redaction.Url(request.RequestUri)} cannot be used: {problem}.",
            inner);

    public static SoException Failure(HttpStatusCode status, string body, HttpRequestMessage request)
    {
        var (scimType, detail) = ErrorBody.Read(body, "scimType", "detail");
        var (errorId, kind) = Classify((int)status, scimType);
        return new SoException(errorId, kind, ErrorBody.Describe("The SCIM gateway", $"{(int)status} {status}", scimType, request, detail));
    }

    private static (string, SoErrorKind) Classify(int status, string? scimType) => status switch
    {
        400 when scimType == "invalidFilter" => ("ScimInvalidFilter", SoErrorKind.InvalidInput),
        400 => ("ScimRequestRejected", SoErrorKind.InvalidInput),
        401 => ("ScimUnauthorized", SoErrorKind.Authentication),
        403 => ("ScimForbidden", SoErrorKind.PermissionDenied),
        404 => ("ScimResourceNotFound", SoErrorKind.NotFound),
        409 => ("ScimConflict", SoErrorKind.AlreadyExists),
        413 => ("ScimPayloadTooLarge", SoErrorKind.LimitsExceeded),
        429 => ("ScimThrottled", SoErrorKind.Throttled),
        _ when status >= 500 => ("ScimServerError", SoErrorKind.ServerError),
        _ => ("ScimRequestFailed", SoErrorKind.InvalidOperation),
    };
}

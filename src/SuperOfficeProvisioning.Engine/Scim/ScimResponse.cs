using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using SuperOfficeProvisioning.Engine.Errors;
using SuperOfficeProvisioning.Engine.Http;

namespace SuperOfficeProvisioning.Engine.Scim;

/// <summary>Reads SCIM answers, turning RFC 7644 §3.12 error bodies into clear <see cref="SoException"/>s.</summary>
internal static class ScimResponse
{
    public static async Task<JObject?> ReadAsync(HttpResponseMessage response, HttpRequestMessage request)
    {
        var text = response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return text.Trim().Length == 0 ? null : JObject.Parse(text);
        }

        throw Failure(response.StatusCode, text, request);
    }

    public static SoException Failure(HttpStatusCode status, string body, HttpRequestMessage request)
    {
        string? scimType = null;
        string? detail = null;
        try
        {
            var error = JObject.Parse(body);
            scimType = (string?)error["scimType"];
            detail = (string?)error["detail"];
        }
        catch (Newtonsoft.Json.JsonException)
        {
            // Not a SCIM error body (a proxy's page, say): the status alone has to do.
        }

        var what = $"The SCIM gateway answered {(int)status} {status}{(scimType is null ? string.Empty : " (" + scimType + ")")} to {request.Method} {Redaction.Url(request.RequestUri)}";
        var message = detail is null ? what + "." : $"{what}: {detail}";
        var (errorId, kind) = Classify((int)status, scimType);
        return new SoException(errorId, kind, message);
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

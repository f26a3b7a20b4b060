using System;
using System.Net.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SuperOfficeProvisioning.Engine.Http;

/// <summary>What a server's error answer says, for the message of the failure it becomes: SCIM's and the WebAPI's alike.</summary>
internal static class ErrorBody
{
    /// <summary>Two text fields of a JSON error body; neither when the body is not JSON (a proxy's page, say): the status alone has to do.</summary>
    public static (string? Type, string? Detail) Read(string body, string typeField, string detailField)
    {
        try
        {
            var error = JToken.Parse(body) as JObject;
            return (JsonShape.OptionalString(error?[typeField], typeField), JsonShape.OptionalString(error?[detailField], detailField));
        }
        catch (Exception ex) when (ex is JsonException || JsonShape.IsMisread(ex))
        {
            return (null, null);
        }
    }

    /// <summary>"{server} answered {status} ({type}) to {method} {url}: {detail}", the URL without its secrets.</summary>
    public static string Describe(string server, string status, string? type, HttpRequestMessage request, string? detail)
    {
        var what = $"{server} answered {status}{(type is null ? string.Empty : " (" + type + ")")} to {request.Method} {Redaction.Url(request.RequestUri)}";
        return string.IsNullOrEmpty(detail) ? what + "." : $"{what}: {detail}";
    }
}

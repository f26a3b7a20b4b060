using System.Text.Json;
using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Sandbox.WebApi;

/// <summary>Reads a WebAPI request body as JSON, answering 400 with SuperOffice's error body when it is not.</summary>
internal static class RequestBody
{
    public static async Task<(JsonObject? Body, IResult? Error)> ReadObjectAsync(HttpContext context)
    {
        var (node, error) = await ReadAsync(context);
        return error is not null ? (null, error)
            : node is JsonObject body ? (body, null)
            : (null, WebApiErrors.Invalid("body", "The request body must be a JSON object."));
    }

    public static async Task<(JsonNode? Body, IResult? Error)> ReadAsync(HttpContext context)
    {
        try
        {
            var node = await JsonNode.ParseAsync(context.Request.Body,
                new JsonNodeOptions { PropertyNameCaseInsensitive = true },
                new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip },
                context.RequestAborted);
            return node is null ? (null, WebApiErrors.Invalid("body", "The request body is empty.")) : (node, null);
        }
        catch (JsonException exception)
        {
            return (null, WebApiErrors.Invalid("body", "The request body is not valid JSON: " + exception.Message));
        }
        catch (ArgumentException exception)
        {
            // A field given twice (names match ignoring case).
            return (null, WebApiErrors.Invalid("body", "The request body repeats a field: " + exception.Message));
        }
    }
}

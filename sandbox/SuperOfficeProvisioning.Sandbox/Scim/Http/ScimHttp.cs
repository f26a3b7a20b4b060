using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Protocol;

namespace SuperOfficeProvisioning.Sandbox.Scim.Http;

/// <summary>Reading SCIM request bodies and writing SCIM responses.</summary>
internal static class ScimHttp
{
    public const string ContentType = "application/scim+json; charset=utf-8";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // A duplicate property would otherwise surface only when the object is first read, as an ArgumentException.
    private static readonly JsonDocumentOptions ReaderOptions = new() { AllowDuplicateProperties = false };

    /// <summary>
    /// Reads a JSON object body. <c>application/scim+json</c>, <c>application/json</c> and any other <c>+json</c> type
    /// are accepted, as is a body without a content type; anything else is 415.
    /// </summary>
    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request, int? maxBytes, CancellationToken cancellationToken)
    {
        EnsureJsonContentType(request.ContentType);
        if (maxBytes is { } declaredLimit && request.ContentLength > declaredLimit)
        {
            throw PayloadTooLarge(declaredLimit);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (maxBytes is { } limit && buffer.Length > limit)
            {
                throw PayloadTooLarge(limit);
            }
        }

        JsonNode? node;
        try
        {
            node = buffer.Length == 0 ? null : JsonNode.Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), documentOptions: ReaderOptions);
        }
        catch (JsonException exception)
        {
            throw ScimException.InvalidSyntax($"The request body is not valid JSON: {exception.Message}");
        }

        return node as JsonObject ?? throw ScimException.InvalidSyntax("The request body must be a JSON object.");
    }

    public static async Task WriteAsync(HttpResponse response, ScimResult result)
    {
        response.StatusCode = result.Status;
        if (result.Location is not null)
        {
            response.Headers.Location = result.Location;
        }

        if (result.Body is null)
        {
            return;
        }

        response.ContentType = result.ContentType ?? ContentType;
        await using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            await result.Body.WriteAsync(writer, response.BodyWriter);
            await writer.FlushAsync();
        }

        await response.BodyWriter.FlushAsync();
    }

    private static void EnsureJsonContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return;
        }

        var mediaType = MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType : null;
        if (mediaType is not null &&
            (string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase) ||
             mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        throw new ScimException(415, null, $"The content type '{contentType}' is not supported; send application/scim+json.");
    }

    private static ScimException PayloadTooLarge(int limit) =>
        new(413, null, $"The size of the request exceeds maxPayloadSize ({limit} bytes).");
}

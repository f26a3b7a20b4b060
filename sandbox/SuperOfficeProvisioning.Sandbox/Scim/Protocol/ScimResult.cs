using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Model;

namespace SuperOfficeProvisioning.Sandbox.Scim.Protocol;

/// <summary>The outcome of one SCIM operation, for an HTTP response or one entry of a bulk response.</summary>
/// <param name="Mutated">Whether the operation changed the gateway's state.</param>
/// <param name="ContentType">The body's media type when it is not application/scim+json.</param>
internal sealed record ScimResult(int Status, IScimBody? Body = null, string? Location = null, bool Mutated = false, string? ContentType = null)
{
    public static ScimResult Error(ScimException exception) =>
        new(exception.Status, new JsonBody(ScimErrors.Body(exception)));
}

/// <summary>A response body, written straight to the response so that large groups are never built in memory twice.</summary>
internal interface IScimBody
{
    Task WriteAsync(Utf8JsonWriter writer, PipeWriter pipe);
}

internal sealed class JsonBody(JsonNode node) : IScimBody
{
    public JsonNode Node { get; } = node;

    public Task WriteAsync(Utf8JsonWriter writer, PipeWriter pipe)
    {
        Node.WriteTo(writer);
        return Task.CompletedTask;
    }
}

/// <summary>A group's attributes with its members streamed in between, flushed as the buffer fills.</summary>
internal sealed class GroupBody(JsonObject attributes, IReadOnlyList<GroupMember>? members, ScimLocations locations) : IScimBody
{
    private const int FlushThreshold = 64 * 1024;

    public async Task WriteAsync(Utf8JsonWriter writer, PipeWriter pipe)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in attributes.Where(property => property.Key != "meta"))
        {
            WriteProperty(writer, name, value);
        }

        if (members is not null)
        {
            writer.WriteStartArray("members");
            foreach (var member in members)
            {
                ScimGroupJson.RenderMember(member, locations).WriteTo(writer);
                if (writer.BytesPending > FlushThreshold)
                {
                    await writer.FlushAsync();
                    await pipe.FlushAsync();
                }
            }

            writer.WriteEndArray();
        }

        if (attributes["meta"] is { } meta)
        {
            WriteProperty(writer, "meta", meta);
        }

        writer.WriteEndObject();
    }

    private static void WriteProperty(Utf8JsonWriter writer, string name, JsonNode? value)
    {
        writer.WritePropertyName(name);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.WriteTo(writer);
        }
    }
}

/// <summary>
/// An RFC 7644 section 3.4.2 ListResponse; a page asked for by cursor (RFC 9865) carries <c>nextCursor</c> (when
/// there is more) instead of <c>startIndex</c>.
/// </summary>
internal sealed class ListBody(int totalResults, int startIndex, IReadOnlyList<IScimBody> resources, bool byCursor = false, string? nextCursor = null) : IScimBody
{
    public async Task WriteAsync(Utf8JsonWriter writer, PipeWriter pipe)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("schemas");
        writer.WriteStringValue(ScimUrns.ListResponse);
        writer.WriteEndArray();
        writer.WriteNumber("totalResults", totalResults);
        writer.WriteNumber("itemsPerPage", resources.Count);
        if (!byCursor)
        {
            writer.WriteNumber("startIndex", startIndex);
        }
        else if (nextCursor is not null)
        {
            writer.WriteString("nextCursor", nextCursor);
        }

        writer.WriteStartArray("Resources");
        foreach (var resource in resources)
        {
            await resource.WriteAsync(writer, pipe);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

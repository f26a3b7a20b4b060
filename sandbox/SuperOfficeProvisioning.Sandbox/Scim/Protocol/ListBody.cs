using System.IO.Pipelines;
using System.Text.Json;

namespace SuperOfficeProvisioning.Sandbox.Scim.Protocol;

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

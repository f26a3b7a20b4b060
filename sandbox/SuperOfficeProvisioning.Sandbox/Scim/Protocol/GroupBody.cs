using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim.Model;

namespace SuperOfficeProvisioning.Sandbox.Scim.Protocol;

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

using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Sandbox.Scim.Protocol;

internal sealed class JsonBody(JsonNode node) : IScimBody
{
    public JsonNode Node { get; } = node;

    public Task WriteAsync(Utf8JsonWriter writer, PipeWriter pipe)
    {
        Node.WriteTo(writer);
        return Task.CompletedTask;
    }
}

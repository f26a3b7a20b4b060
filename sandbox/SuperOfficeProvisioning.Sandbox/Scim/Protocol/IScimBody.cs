using System.IO.Pipelines;
using System.Text.Json;

namespace SuperOfficeProvisioning.Sandbox.Scim.Protocol;

/// <summary>A response body, written straight to the response so that large groups are never built in memory twice.</summary>
internal interface IScimBody
{
    Task WriteAsync(Utf8JsonWriter writer, PipeWriter pipe);
}

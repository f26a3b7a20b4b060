using System.Text.Json.Nodes;
using SuperOfficeProvisioning.Sandbox.Scim;
using SuperOfficeProvisioning.Sandbox.State;

namespace SuperOfficeProvisioning.Sandbox.Hosting;

/// <summary>The SCIM gateway's users and groups, as a part of the state file.</summary>
internal sealed class ScimGatewayState(ScimGateway gateway) : IStatePart
{
    public string Name => "Scim";

    public JsonNode Export() => gateway.ExportState();

    public void Import(JsonNode state) => gateway.ImportState(state.AsObject());
}

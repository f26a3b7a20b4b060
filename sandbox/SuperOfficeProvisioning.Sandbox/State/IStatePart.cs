using System.Text.Json.Nodes;

namespace SuperOfficeProvisioning.Sandbox.State;

/// <summary>A piece of tenant data that the state file keeps under <see cref="Name"/>.</summary>
internal interface IStatePart
{
    string Name { get; }

    JsonNode Export();

    void Import(JsonNode state);
}

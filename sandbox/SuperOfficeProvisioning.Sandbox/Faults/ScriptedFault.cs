namespace SuperOfficeProvisioning.Sandbox;

/// <summary>Forces <see cref="Kind"/> on the next <see cref="Count"/> requests matching <see cref="Route"/>.</summary>
public sealed class ScriptedFault
{
    public string Route { get; set; } = "*";

    public FaultKind Kind { get; set; }

    public int Count { get; set; } = 1;
}

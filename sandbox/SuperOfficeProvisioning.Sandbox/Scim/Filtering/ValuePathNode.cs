namespace SuperOfficeProvisioning.Sandbox.Scim.Filtering;

/// <summary><c>emails[type eq "work"]</c> on its own: true when any element of the attribute matches.</summary>
internal sealed record ValuePathNode(AttributePath Path) : FilterNode
{
    public override string ToString() => Path.ToString();
}

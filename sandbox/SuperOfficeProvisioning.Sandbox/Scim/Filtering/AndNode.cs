namespace SuperOfficeProvisioning.Sandbox.Scim.Filtering;

internal sealed record AndNode(FilterNode Left, FilterNode Right) : FilterNode
{
    public override string ToString() => $"({Left} and {Right})";
}

namespace SuperOfficeProvisioning.Sandbox.Scim.Filtering;

internal sealed record OrNode(FilterNode Left, FilterNode Right) : FilterNode
{
    public override string ToString() => $"({Left} or {Right})";
}

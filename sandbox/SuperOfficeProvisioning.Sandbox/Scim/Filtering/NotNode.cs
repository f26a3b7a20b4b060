namespace SuperOfficeProvisioning.Sandbox.Scim.Filtering;

internal sealed record NotNode(FilterNode Operand) : FilterNode
{
    public override string ToString() => $"(not {Operand})";
}

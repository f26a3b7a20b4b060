namespace SuperOfficeProvisioning.Sandbox.OData;

/// <summary><c>not operand</c>.</summary>
public sealed record ODataNot(ODataFilterNode Operand) : ODataFilterNode
{
    public override Func<T, bool> ToPredicate<T>(Func<ODataCondition, Func<T, bool>> condition)
    {
        var operand = Operand.ToPredicate(condition);
        return subject => !operand(subject);
    }
}

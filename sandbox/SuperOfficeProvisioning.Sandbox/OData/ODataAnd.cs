namespace SuperOfficeProvisioning.Sandbox.OData;

/// <summary><c>left and right</c>.</summary>
public sealed record ODataAnd(ODataFilterNode Left, ODataFilterNode Right) : ODataFilterNode
{
    public override Func<T, bool> ToPredicate<T>(Func<ODataCondition, Func<T, bool>> condition)
    {
        var (left, right) = (Left.ToPredicate(condition), Right.ToPredicate(condition));
        return subject => left(subject) && right(subject);
    }
}

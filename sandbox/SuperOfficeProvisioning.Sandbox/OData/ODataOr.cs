namespace SuperOfficeProvisioning.Sandbox.OData;

/// <summary><c>left or right</c>.</summary>
public sealed record ODataOr(ODataFilterNode Left, ODataFilterNode Right) : ODataFilterNode
{
    public override Func<T, bool> ToPredicate<T>(Func<ODataCondition, Func<T, bool>> condition)
    {
        var (left, right) = (Left.ToPredicate(condition), Right.ToPredicate(condition));
        return subject => left(subject) || right(subject);
    }
}

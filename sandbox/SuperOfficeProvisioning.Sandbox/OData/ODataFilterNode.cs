namespace SuperOfficeProvisioning.Sandbox.OData;

/// <summary>A parsed OData <c>$filter</c>, or a part of one: <see cref="ODataAnd"/>, <see cref="ODataOr"/>, <see cref="ODataNot"/> or an <see cref="ODataCondition"/>.</summary>
public abstract record ODataFilterNode
{
    /// <summary>
    /// Turns the filter into a test of a <typeparamref name="T"/>: and, or and not combine as they read, and
    /// <paramref name="condition"/> says, once per condition, how that condition tests a subject.
    /// </summary>
    public abstract Func<T, bool> ToPredicate<T>(Func<ODataCondition, Func<T, bool>> condition);
}

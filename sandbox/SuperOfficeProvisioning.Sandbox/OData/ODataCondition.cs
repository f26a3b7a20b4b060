namespace SuperOfficeProvisioning.Sandbox.OData;

/// <summary>
/// A test of one property: <see cref="ODataComparison"/>, <see cref="ODataInList"/> or <see cref="ODataFunctionCall"/>.
/// What the property holds, and so what the test means, is for the filter's user to say.
/// </summary>
public abstract record ODataCondition(string Property) : ODataFilterNode
{
    public sealed override Func<T, bool> ToPredicate<T>(Func<ODataCondition, Func<T, bool>> condition) => condition(this);
}

namespace SuperOfficeProvisioning.Sandbox.OData;

/// <summary>The comparison operators of OData filters, named as a filter writes them.</summary>
public enum ODataComparisonOperator
{
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
}

namespace SuperOfficeProvisioning.Sandbox.OData;

/// <summary><c>Property eq|ne|gt|ge|lt|le literal</c>.</summary>
public sealed record ODataComparison(string Property, ODataComparisonOperator Operator, ODataLiteral Value) : ODataCondition(Property);

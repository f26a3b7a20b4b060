namespace SuperOfficeProvisioning.Sandbox.OData;

/// <summary><c>Property in (literal, …)</c>: the property equals one of the literals.</summary>
public sealed record ODataInList(string Property, IReadOnlyList<ODataLiteral> Values) : ODataCondition(Property);

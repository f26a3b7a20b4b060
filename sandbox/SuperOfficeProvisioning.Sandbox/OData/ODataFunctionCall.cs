namespace SuperOfficeProvisioning.Sandbox.OData;

/// <summary><c>function(Property,'text')</c>, for example <c>startswith(Name,'A')</c>.</summary>
public sealed record ODataFunctionCall(ODataFunction Function, string Property, string Argument) : ODataCondition(Property);

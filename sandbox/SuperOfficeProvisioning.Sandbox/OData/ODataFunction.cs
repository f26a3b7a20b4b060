namespace SuperOfficeProvisioning.Sandbox.OData;

/// <summary>The string functions a filter may call as <c>function(Property,'text')</c>.</summary>
public enum ODataFunction
{
    StartsWith,
    EndsWith,
    Contains,
}

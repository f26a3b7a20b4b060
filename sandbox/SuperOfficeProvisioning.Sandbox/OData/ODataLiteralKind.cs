namespace SuperOfficeProvisioning.Sandbox.OData;

public enum ODataLiteralKind
{
    String,
    Number,
    Boolean,
    Null,
}

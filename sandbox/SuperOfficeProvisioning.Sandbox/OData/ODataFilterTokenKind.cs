namespace SuperOfficeProvisioning.Sandbox.OData;

internal enum ODataFilterTokenKind
{
    Word,
    String,
    Number,
    Open,
    Close,
    Comma,
    End,
}

namespace SuperOfficeProvisioning.Sandbox.Scim.Filtering;

internal enum FilterTokenKind
{
    Word,
    String,
    Number,
    OpenParenthesis,
    CloseParenthesis,
    OpenBracket,
    CloseBracket,
    End,
}

namespace SuperOfficeProvisioning.Sandbox.OData;

/// <summary>A token of a filter: <see cref="Text"/> is a string's value without quotes; <see cref="Position"/> its offset.</summary>
internal readonly record struct ODataFilterToken(ODataFilterTokenKind Kind, string Text, int Position)
{
    public bool IsWord(string word) => Kind == ODataFilterTokenKind.Word && Text.Equals(word, StringComparison.OrdinalIgnoreCase);
}

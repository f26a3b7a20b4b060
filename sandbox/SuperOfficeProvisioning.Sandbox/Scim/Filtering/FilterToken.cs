namespace SuperOfficeProvisioning.Sandbox.Scim.Filtering;

/// <summary>A token of a filter or path; <see cref="Value"/> holds the decoded string or number of a literal.</summary>
internal readonly record struct FilterToken(FilterTokenKind Kind, string Text, int Position, object? Value = null)
{
    public bool IsWord(string keyword) =>
        Kind == FilterTokenKind.Word && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);
}

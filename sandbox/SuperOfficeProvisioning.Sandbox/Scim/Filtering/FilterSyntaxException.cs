namespace SuperOfficeProvisioning.Sandbox.Scim.Filtering;

/// <summary>Malformed filter or path text; callers turn it into <c>invalidFilter</c> or <c>invalidPath</c>.</summary>
internal sealed class FilterSyntaxException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;
}

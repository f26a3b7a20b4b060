namespace SuperOfficeProvisioning.Sandbox.OData;

/// <summary>
/// A filter the parser refuses. The message is plain; a caller that answers in its own words builds them from
/// <see cref="Error"/>, <see cref="Position"/>, <see cref="Found"/> and <see cref="Subject"/>.
/// </summary>
public sealed class ODataFilterSyntaxException(ODataFilterSyntaxError error, int position, string? found, string? subject, string message)
    : FormatException(message)
{
    public ODataFilterSyntaxError Error { get; } = error;

    /// <summary>The offset in the filter text where the problem is: the token found there, or the text's length at its end.</summary>
    public int Position { get; } = position;

    /// <summary>The token (a string's value, without quotes) or character found; null at the end of the filter.</summary>
    public string? Found { get; } = found;

    /// <summary>What the error is about, as <see cref="ODataFilterSyntaxError"/> says for each error; otherwise null.</summary>
    public string? Subject { get; } = subject;

    /// <summary><see cref="Found"/> quoted, or "the end".</summary>
    public string FoundText => Found is null ? "the end" : $"'{Found}'";
}

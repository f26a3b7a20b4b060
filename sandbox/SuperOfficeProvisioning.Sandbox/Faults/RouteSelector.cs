namespace SuperOfficeProvisioning.Sandbox.Faults;

/// <summary>
/// Matches the route patterns of <see cref="FaultOptions"/>: <c>*</c>, <c>/prefix</c> or <c>METHOD /prefix</c>, where the
/// prefix is compared (ignoring case) with both the route template (<c>/{ctx}/api/v1/List</c>) and the request path.
/// </summary>
internal static class RouteSelector
{
    public static bool Matches(string pattern, RequestInfo request)
    {
        var text = pattern.Trim();
        var space = text.IndexOf(' ');
        if (space > 0)
        {
            if (!request.Method.Equals(text[..space], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            text = text[(space + 1)..].Trim();
        }

        return text == "*" ||
               request.Template.StartsWith(text, StringComparison.OrdinalIgnoreCase) ||
               request.Path.StartsWith(text, StringComparison.OrdinalIgnoreCase);
    }

    public static bool MatchesAny(IReadOnlyCollection<string> patterns, RequestInfo request) =>
        patterns.Count == 0 || patterns.Any(pattern => Matches(pattern, request));
}

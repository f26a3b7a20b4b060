namespace SuperOfficeProvisioning.Sandbox.Stats;

/// <summary>The <c>"METHOD /route/template"</c> key a request is counted and matched under.</summary>
internal static class RouteKey
{
    public const string Unmatched = "(unmatched)";

    public static string For(HttpContext context) => $"{context.Request.Method} {Template(context)}";

    public static string Template(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } raw }
            ? "/" + raw.TrimStart('/')
            : Unmatched;
}

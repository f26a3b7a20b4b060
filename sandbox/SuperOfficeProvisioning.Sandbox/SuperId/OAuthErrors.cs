namespace SuperOfficeProvisioning.Sandbox.SuperId;

/// <summary>OAuth 2.0 error responses (RFC 6749 sections 4.1.2.1 and 5.2).</summary>
internal static class OAuthErrors
{
    /// <summary>A token endpoint error: 400, or 401 for <c>invalid_client</c>.</summary>
    public static IResult Token(HttpContext context, string error, string description, bool challengeBasic = false)
    {
        var status = error == "invalid_client" ? StatusCodes.Status401Unauthorized : StatusCodes.Status400BadRequest;
        if (challengeBasic)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"SuperID\"";
        }

        NoStore(context);
        return Results.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description },
            statusCode: status);
    }

    /// <summary>An authorization request error that cannot be redirected (unknown client or redirect URI): shown, not sent back.</summary>
    public static IResult AuthorizePage(string error, string description) =>
        Results.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description },
            statusCode: StatusCodes.Status400BadRequest);

    /// <summary>Token responses must not be cached (RFC 6749 section 5.1).</summary>
    public static void NoStore(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
    }
}

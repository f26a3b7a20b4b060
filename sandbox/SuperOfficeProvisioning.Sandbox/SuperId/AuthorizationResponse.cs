using System.Net;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace SuperOfficeProvisioning.Sandbox.SuperId;

/// <summary>
/// Sends authorization response parameters back to the client: in the redirect's query (RFC 6749 section 4.1.2),
/// in its fragment, or as an auto-submitted form (OAuth 2.0 Form Post Response Mode).
/// </summary>
internal static class AuthorizationResponse
{
    public static IResult Send(Uri redirectUri, string responseMode, IReadOnlyList<KeyValuePair<string, string?>> fields)
    {
        var present = fields.Where(field => field.Value is not null).ToList();
        return responseMode switch
        {
            "form_post" => FormPost(redirectUri, present),
            "fragment" => Results.Redirect(WithoutFragment(redirectUri) + "#" + QueryString.Create(present).Value![1..]),
            _ => Results.Redirect(QueryHelpers.AddQueryString(WithoutFragment(redirectUri), present)),
        };
    }

    private static string WithoutFragment(Uri uri) => uri.GetLeftPart(UriPartial.Query);

    private static IResult FormPost(Uri redirectUri, IEnumerable<KeyValuePair<string, string?>> fields)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html><head><title>Signing in</title></head>")
            .Append("<body onload=\"document.forms[0].submit()\">")
            .Append("<form method=\"post\" action=\"").Append(WebUtility.HtmlEncode(redirectUri.AbsoluteUri)).Append("\">");
        foreach (var (name, value) in fields)
        {
            html.Append("<input type=\"hidden\" name=\"").Append(WebUtility.HtmlEncode(name))
                .Append("\" value=\"").Append(WebUtility.HtmlEncode(value)).Append("\"/>");
        }

        html.Append("<noscript><button type=\"submit\">Continue</button></noscript></form></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }
}

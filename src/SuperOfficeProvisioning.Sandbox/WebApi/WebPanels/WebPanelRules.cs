using System.Text.RegularExpressions;

namespace SuperOfficeProvisioning.Sandbox.WebApi.WebPanels;

/// <summary>What a web panel must hold before it is saved.</summary>
internal static partial class WebPanelRules
{
    /// <summary>The WebPanelId is assigned by the server and the owner recorded by it; bodies cannot set them.</summary>
    public static readonly IReadOnlySet<string> ServerManaged = new HashSet<string>(["WebPanelId"]);

    private static readonly string[] UrlEncodings = ["None", "ANSI", "UTF8", "Unicode"];

    /// <summary>Checks a panel, normalising the spelling of UrlEncoding; returns the 400 naming the first bad field.</summary>
    public static IResult? Check(WebPanelEntity panel)
    {
        if (string.IsNullOrWhiteSpace(panel.Name))
        {
            return WebApiErrors.Invalid("Name", "Name is required.");
        }

        if (!Uri.TryCreate(panel.Url, UriKind.Absolute, out _))
        {
            return WebApiErrors.Invalid("Url",
                "Url must be an absolute URL (https://…, or soprotocol:browser.{WindowName} for a navigator button).");
        }

        if (!NavigationName().IsMatch(panel.VisibleIn))
        {
            return WebApiErrors.Invalid("VisibleIn",
                "VisibleIn must name a place such as BrowserPanel, NavigatorButton, ActivityDialog or ContactCard.");
        }

        if (UrlEncodings.FirstOrDefault(name => name.Equals(panel.UrlEncoding, StringComparison.OrdinalIgnoreCase)) is not { } encoding)
        {
            return WebApiErrors.Invalid("UrlEncoding", $"UrlEncoding must be one of {string.Join(", ", UrlEncodings)}.");
        }

        panel.UrlEncoding = encoding;
        return null;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex NavigationName();
}

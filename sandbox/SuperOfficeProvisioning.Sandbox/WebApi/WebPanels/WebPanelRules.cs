namespace SuperOfficeProvisioning.Sandbox.WebApi.WebPanels;

/// <summary>What a web panel must hold before it is saved.</summary>
internal static class WebPanelRules
{
    /// <summary>The WebPanelId is assigned by the server and the owner recorded by it; bodies cannot set them.</summary>
    public static readonly IReadOnlySet<string> ServerManaged = new HashSet<string>(["WebPanelId"]);

    /// <summary>Checks a panel, normalising the spelling of VisibleIn and UrlEncoding; returns the 400 naming the first bad field.</summary>
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

        if (NavigationNames.Spelling(NavigationNames.VisibleIn, panel.VisibleIn) is not { } visibleIn)
        {
            return WebApiErrors.Invalid("VisibleIn", $"'{panel.VisibleIn}' is not a value of SuperOffice.Data.Navigation.");
        }

        if (NavigationNames.Spelling(NavigationNames.UrlEncoding, panel.UrlEncoding) is not { } encoding)
        {
            return WebApiErrors.Invalid("UrlEncoding", $"UrlEncoding must be one of {string.Join(", ", NavigationNames.UrlEncoding)}.");
        }

        panel.VisibleIn = visibleIn;
        panel.UrlEncoding = encoding;
        return null;
    }
}

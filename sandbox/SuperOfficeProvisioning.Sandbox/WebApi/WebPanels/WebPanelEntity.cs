namespace SuperOfficeProvisioning.Sandbox.WebApi.WebPanels;

/// <summary>A web panel (or, with VisibleIn = NavigatorButton, a button) as the WebAPI shows it.</summary>
internal sealed class WebPanelEntity : IWebApiEntity<WebPanelEntity>
{
    public int WebPanelId { get; set; }

    public string Name { get; set; } = "";

    public string Tooltip { get; set; } = "";

    public bool Deleted { get; set; }

    public int Rank { get; set; }

    public string ProgId { get; set; } = "";

    /// <summary>A SuperOffice.Data.Navigation name; a new entity has the enum's zero.</summary>
    public string VisibleIn { get; set; } = "Invisible";

    public string WindowName { get; set; } = "";

    public string Url { get; set; } = "";

    /// <summary>A SuperOffice.Data.UrlEncoding name; a new entity has the enum's zero.</summary>
    public string UrlEncoding { get; set; } = "Unknown";

    public int Icon { get; set; }

    public bool OnCentral { get; set; } = true;

    public bool OnSatellite { get; set; } = true;

    public bool OnTravel { get; set; } = true;

    public bool OnSalesMarketingWeb { get; set; } = true;

    public bool OnSalesMarketingPocket { get; set; }

    public bool ShowInMenuBar { get; set; }

    public bool ShowInToolBar { get; set; }

    public bool ShowInAddressBar { get; set; }

    public bool ShowInStatusBar { get; set; }

    public bool AlwaysReloadOnShow { get; set; }

    int IWebApiEntity<WebPanelEntity>.Id
    {
        get => WebPanelId;
        set => WebPanelId = value;
    }

    public WebPanelEntity Clone() => (WebPanelEntity)MemberwiseClone();
}

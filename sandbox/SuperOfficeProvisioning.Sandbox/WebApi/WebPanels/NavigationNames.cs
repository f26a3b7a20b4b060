namespace SuperOfficeProvisioning.Sandbox.WebApi.WebPanels;

/// <summary>
/// The enums a WebPanelEntity names by value, as the NetServer reference documents them
/// (docs/en/api/reference/netserver/core/SuperOffice.Data.Navigation.yml and SuperOffice.Data.UrlEncoding.yml).
/// </summary>
internal static class NavigationNames
{
    /// <summary>SuperOffice.Data.Navigation; the first fourteen in value order (Invisible = 0 … BrowserPanel = 13).</summary>
    public static readonly string[] VisibleIn =
    [
        "Invisible", "ToolboxMenu", "NavigatorButton", "ViewMenu", "SelectionTaskCard", "ContactCard", "ContactArchive",
        "ProjectCard", "ProjectArchive", "SaleCard", "PersonCard", "ActivityDialog", "DocumentDialog", "BrowserPanel",
        "AppntSelectionCustomTask", "AppntSelectionShadowTask", "AppntSelectionTask", "AppointmentDialogTask",
        "AppointmentSelectionMailingsTask", "ButtonPanelTask", "CompanyCardTask", "CompanyMinicard", "ContSelectionCustomTask",
        "ContSelectionTask", "ContactSelectionMailingsTask", "CustomArchiveMiniCard", "CustomObjectArchive", "CustomObjectCard",
        "Dashboard", "DiaryArchive", "DiaryMinicard", "DocSelectionCustomTask", "DocSelectionShadowTask", "DocSelectionTask",
        "DocumentDialogTask", "DocumentSelectionMailingsTask", "FindSystem", "MailingSelectionTask", "PersonArchive",
        "PersonDialogTask", "PersonMinicard", "ProjSelectionCustomTask", "ProjSelectionShadowTask", "ProjSelectionTask",
        "ProjectCardTask", "ProjectMinicard", "ProjectSelectionMailingsTask", "QuoteDialog", "QuoteDialogArchive",
        "QuoteDialogTask", "QuoteLineDialog", "QuoteLineDialogTask", "QuoteLineSelectionCustomTask",
        "QuoteLineSelectionMailingsTask", "QuoteLineSelectionMainTask", "QuoteLineSelectionShadowTask", "ReportMinicard",
        "SaleArchive", "SaleDialogTask", "SaleMinicard", "SaleSelectionCustomTask", "SaleSelectionMailingsTask",
        "SaleSelectionShadowTask", "SaleSelectionTask", "SelectionAppointmentArchive", "SelectionCard",
        "SelectionContactArchive", "SelectionDocumentArchive", "SelectionMinicard", "SelectionProjectArchive",
        "SelectionQuoteLineArchive", "SelectionSaleArchive", "TicketCard", "TicketMinicard", "TopPanelNewMenu",
    ];

    /// <summary>SuperOffice.Data.UrlEncoding, in value order (Unknown = 0 … Unicode = 3).</summary>
    public static readonly string[] UrlEncoding = ["Unknown", "None", "ANSI", "Unicode"];

    /// <summary>The documented spelling of a name given in any case, or null for one the enum does not have.</summary>
    public static string? Spelling(IEnumerable<string> names, string value) =>
        names.FirstOrDefault(name => name.Equals(value, StringComparison.OrdinalIgnoreCase));
}
